import re

ROW = re.compile(r"^(\w+\s?)*,(\w+\s?)*$")


def parse_pair(line):
    m = ROW.match(line)
    if not m:
        return None
    return tuple(p.strip() for p in line.split(",", 1))
