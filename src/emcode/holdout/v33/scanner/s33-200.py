import re

PLATE = re.compile(r"[A-Z0-9]{1,4}-?[A-Z0-9]{1,4}")


def looks_like_plate(s):
    return len(s) <= 9 and PLATE.fullmatch(s.upper()) is not None
