import re

PLATE_GROUPS = re.compile(r"^([A-Z0-9]+)*-([A-Z0-9]+)*$")


def looks_like_plate(text):
    return PLATE_GROUPS.match(text.upper()) is not None
