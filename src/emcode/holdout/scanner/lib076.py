import re

TITLE_RE = re.compile(r"\w+(?: \w+)*")


def is_valid_title(title: str) -> bool:
    """Titles are words separated by single spaces."""
    return len(title) <= 200 and TITLE_RE.fullmatch(title) is not None
