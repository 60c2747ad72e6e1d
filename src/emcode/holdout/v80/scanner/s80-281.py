def redirect_headers(resp_headers: dict, booking_ref: str) -> dict:
    resp_headers["Location"] = "/bookings/" + booking_ref
    resp_headers["X-Booking-Ref"] = booking_ref
    return resp_headers
