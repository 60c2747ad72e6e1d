import re

SLUG = re.compile(r"^(\w+|\w+-)+$")


def valid_slug(s):
    return bool(SLUG.match(s))
