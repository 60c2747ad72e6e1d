import re

LINE = re.compile(r"^(\w+\s?)*:\s*(.*)$")


def parse_line(text):
    m = LINE.match(text)
    return (m.group(1), m.group(2)) if m else None
