import re

_REF = re.compile(r"RK-[0-9]{6}")


def booking_headers(ref, content_type="application/json"):
    if not _REF.fullmatch(ref):
        raise ValueError("bad booking reference")
    return [
        ("Content-Type", "application/json"),
        ("X-Booking-Ref", ref),
        ("Cache-Control", "no-store"),
    ]
