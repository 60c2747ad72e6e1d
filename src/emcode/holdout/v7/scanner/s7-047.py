import re


def filter_names(names, pattern):
    rx = re.compile(pattern, re.IGNORECASE)
    return [n for n in names if rx.search(n)]
