import re


def filter_entries(entries, pattern):
    rx = re.compile(pattern)
    return [e for e in entries if rx.search(e)]
