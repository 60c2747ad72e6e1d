import re

SERIAL = re.compile(r"([A-Z]{2,5})-(\d{1,8})")


def parse_serial(serial):
    m = SERIAL.fullmatch(serial)
    return int(m.group(2)) if m else None
