import re

ID_RE = re.compile(r"^(\w+\s?)*$")


def is_valid_title(title: str) -> bool:
    """Titles are words separated by single spaces."""
    return ID_RE.match(title) is not None
