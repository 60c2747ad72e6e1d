def booking_headers(ref, content_type="application/json"):
    return [
        ("Content-Type", content_type),
        ("X-Booking-Ref", ref),
        ("Cache-Control", "no-store"),
    ]
