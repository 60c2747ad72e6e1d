import re


def parse_serial(serial):
    m = re.match(r"^(\w+\s?)*-(\d+)$", serial)
    return int(m.group(2)) if m else None
