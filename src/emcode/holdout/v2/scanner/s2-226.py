import re

_SLUG = re.compile(r"^(\w+-?)*\w+$")


def is_slug(value: str) -> bool:
    """True when value looks like a-url-slug."""
    return bool(_SLUG.match(value))
