import re


def filter_scans(titles, term):
    rx = re.compile(re.escape(term), re.IGNORECASE)
    return [t for t in titles if rx.search(t)]
