import re

_SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


def is_slug(s):
    return len(s) <= 80 and _SLUG.fullmatch(s) is not None
