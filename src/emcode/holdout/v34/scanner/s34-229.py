import re

_TAGS = re.compile(r"^(\w+|\w+\s)*:$")


def is_heading(line):
    return bool(_TAGS.match(line))
