import re


def filter_packages(names, pattern):
    rx = re.compile(pattern)
    return [n for n in names if rx.search(n)]
