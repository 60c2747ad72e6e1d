import re

_BOOKING_REF = re.compile(r"[A-Z0-9]{2,8}(?:-[A-Z0-9]{2,8}){0,3}")


def is_booking_ref(value):
    return len(value) <= 40 and _BOOKING_REF.fullmatch(value) is not None
