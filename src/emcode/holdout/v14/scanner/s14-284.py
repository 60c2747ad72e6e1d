import re

SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


def valid_slug(s: str) -> bool:
    return len(s) <= 80 and SLUG.fullmatch(s) is not None
