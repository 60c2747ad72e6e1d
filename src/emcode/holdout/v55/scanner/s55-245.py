import re

_SLUG = re.compile(r"(\w+-?)*$")


def is_slug(s):
    return bool(_SLUG.match(s))
