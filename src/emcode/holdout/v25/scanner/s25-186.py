import re

TITLE_RE = re.compile(r"^(\w+\s?)*$")


def valid_title(title):
    return bool(TITLE_RE.match(title))
