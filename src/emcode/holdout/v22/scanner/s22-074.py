import re


def filter_titles(titles, term):
    term = term[:100]
    rx = re.compile(re.escape(term), re.IGNORECASE)
    return [t for t in titles if rx.search(t)]
