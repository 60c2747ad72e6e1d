import re

_LOT = re.compile(r"^([A-Z0-9]+-?)*$")


def is_lot_code(text):
    return bool(_LOT.match(text))
