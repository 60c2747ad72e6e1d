import re

LOT_LINE = re.compile(r"^(\w+\s?)*:\s*\d+ kg$")


def parse_lot(line):
    m = LOT_LINE.match(line)
    return bool(m)
