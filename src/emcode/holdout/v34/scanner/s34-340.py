import re


def extract(text, pattern, flags=0):
    return re.findall(pattern, text, flags)
