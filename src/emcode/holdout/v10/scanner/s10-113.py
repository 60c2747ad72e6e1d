import re


def valid_slug(s):
    return bool(re.fullmatch(r"(\w|\d|-)+(-(\w|\d)+)*$", s))
