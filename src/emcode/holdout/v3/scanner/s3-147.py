import re

NAME_RE = re.compile(r"^(\w+\s?)+$")


def is_valid_full_name(name: str) -> bool:
    return NAME_RE.match(name) is not None
