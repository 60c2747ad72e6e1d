import re

TITLE_RE = re.compile(r"[\w ]{1,120}")


def is_valid_title(title: str) -> bool:
    return len(title) <= 120 and TITLE_RE.fullmatch(title) is not None
