import re

_SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


def is_slug(value: str) -> bool:
    """True when value looks like a-url-slug (at most 80 characters)."""
    return len(value) <= 80 and _SLUG.fullmatch(value) is not None
