import re

def looks_like_domain(s):
    return re.fullmatch(r"([a-z0-9]+(-[a-z0-9]+)*\.?)+[a-z]{2,}", s) is not None
