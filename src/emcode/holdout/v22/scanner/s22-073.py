import re

TAGS = re.compile(r"^#((\w+\s?)+)$")


def parse_tag_line(line):
    m = TAGS.match(line)
    return m.group(1).split() if m else []
