import re

_LOT_CODE = re.compile(r"^([A-Z0-9]+-?)+$")


def valid_lot_code(code):
    return bool(_LOT_CODE.match(code))
