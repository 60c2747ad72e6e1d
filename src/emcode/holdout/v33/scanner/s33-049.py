import re


def filter_packages(names, term):
    rx = re.compile(re.escape(term), re.IGNORECASE)
    return [n for n in names if rx.search(n)]
