def redirect_headers(resp_headers: dict, booking_ref: str) -> dict:
    if not booking_ref.isalnum() or len(booking_ref) > 16:
        raise ValueError("bad booking reference")
    resp_headers["Location"] = "/bookings/" + booking_ref
    resp_headers["X-Booking-Ref"] = booking_ref
    return resp_headers
