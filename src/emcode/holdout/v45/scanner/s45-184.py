import re

_BOOKING_REF = re.compile(r"^([A-Z0-9]+-?)+$")


def is_booking_ref(value):
    return bool(_BOOKING_REF.match(value))
