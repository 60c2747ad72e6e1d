import re


def looks_like_email(s):
    return re.match(r"^([a-zA-Z0-9]+\.?)+@([a-zA-Z0-9]+\.?)+$", s) is not None
