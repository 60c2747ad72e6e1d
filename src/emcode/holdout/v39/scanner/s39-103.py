import re


def filter_titles(titles, pattern):
    rx = re.compile(pattern)
    return [t for t in titles if rx.search(t)]
