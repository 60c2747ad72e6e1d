import re

PLATE = re.compile(r"[A-Z0-9]{1,4}-[A-Z0-9]{1,4}")


def looks_like_plate(text):
    if len(text) > 12:
        return False
    return PLATE.fullmatch(text.upper()) is not None
