import re

TITLE = re.compile(r"^(\w+\s?)+$")


def is_plain_title(title: str) -> bool:
    """True when a podcast title has only words and single spaces."""
    return bool(TITLE.match(title))
