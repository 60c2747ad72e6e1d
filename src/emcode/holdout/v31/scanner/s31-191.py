import re


def filter_titles(titles, needle):
    rx = re.compile(re.escape(needle), re.IGNORECASE)
    return [t for t in titles if rx.search(t)]
