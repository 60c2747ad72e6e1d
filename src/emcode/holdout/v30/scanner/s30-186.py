import re

TITLE_RE = re.compile(r"^(\w+\s?)*:\s*\d+$")


def parse_line(line):
    if TITLE_RE.match(line):
        name, qty = line.rsplit(":", 1)
        return name.strip(), int(qty)
    return None
