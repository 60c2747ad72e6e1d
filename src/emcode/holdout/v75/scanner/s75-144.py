import re


def filter_scans(titles, pattern):
    rx = re.compile(pattern, re.IGNORECASE)
    return [t for t in titles if rx.search(t)]
