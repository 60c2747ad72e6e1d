import re

SHIFT_CODE = re.compile(r"[A-Z]{1,4}\d{1,3}-(day|night)")


def parse_shift(code):
    m = SHIFT_CODE.fullmatch(code)
    return m.group(1) if m else None
