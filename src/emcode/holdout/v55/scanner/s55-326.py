import re


def filter_catalogue(entries, pattern):
    rx = re.compile(pattern)
    return [e for e in entries if rx.search(e)]
