import re

_SERIAL = re.compile(r"^([A-Z0-9]+-?)+$")


def valid_serial(s):
    return bool(_SERIAL.match(s))
