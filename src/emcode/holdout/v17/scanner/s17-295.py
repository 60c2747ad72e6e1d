import re

EMAIL = re.compile(r"^([a-zA-Z0-9]+\.?)+@([a-zA-Z0-9]+\.?)+$")


def looks_like_email(s):
    return bool(EMAIL.match(s))
