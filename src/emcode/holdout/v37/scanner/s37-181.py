import re

_LOT = re.compile(r"[A-Z0-9]{1,8}(?:-[A-Z0-9]{1,8}){0,4}")


def is_lot_code(text):
    return len(text) <= 48 and _LOT.fullmatch(text) is not None
