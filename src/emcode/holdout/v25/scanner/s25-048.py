import re

TITLE_RE = re.compile(r"[\w ]{1,120}")


def valid_title(title):
    return TITLE_RE.fullmatch(title) is not None
