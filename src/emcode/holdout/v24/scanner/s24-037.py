import re

_TITLE = re.compile(r"^(\w+\s?)+$")

def is_plain_title(title):
    return bool(_TITLE.match(title))
