import re

TITLE_RE = re.compile(r"^(\w+\s?)+$")


def is_valid_title(title: str) -> bool:
    return bool(TITLE_RE.match(title))
