import re

SHIFT_CODE = re.compile(r"^(\w+\s?)*-(day|night)$")


def parse_shift(code):
    m = SHIFT_CODE.match(code)
    return m.group(2) if m else None
