import re

NAME_RE = re.compile(r"^(\w+\s?)+$")


def clean_name(name):
    if not NAME_RE.match(name):
        raise ValueError("bad name")
    return name.strip()
