import re

_PLATE = re.compile(r"[A-Z0-9]{1,4}(?: [A-Z0-9]{1,4}){0,2}")


def looks_like_plate(text):
    return len(text) <= 14 and _PLATE.fullmatch(text) is not None
