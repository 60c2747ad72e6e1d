import re

_PLATE = re.compile(r"^([A-Z0-9]+\s?)+$")


def looks_like_plate(text):
    return bool(_PLATE.match(text))
