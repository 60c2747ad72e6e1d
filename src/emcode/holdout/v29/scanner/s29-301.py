import re2


def filter_titles(titles, pattern):
    rx = re2.compile(pattern)
    return [t for t in titles if rx.search(t)]
