import re

_LOT_CODE = re.compile(r"[A-Z0-9]{1,12}(?:-[A-Z0-9]{1,12}){0,4}")


def valid_lot_code(code):
    return len(code) <= 64 and _LOT_CODE.fullmatch(code) is not None
