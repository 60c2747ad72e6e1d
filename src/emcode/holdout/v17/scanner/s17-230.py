import re

_TITLE = re.compile(r"^(\w+\s?)*$")


def valid_title(title):
    return _TITLE.match(title) is not None
