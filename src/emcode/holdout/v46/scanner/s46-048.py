import re

_SERIAL = re.compile(r"[A-Z0-9]{1,8}(?:-[A-Z0-9]{1,8}){0,4}")


def valid_serial(s):
    return len(s) <= 44 and _SERIAL.fullmatch(s) is not None
