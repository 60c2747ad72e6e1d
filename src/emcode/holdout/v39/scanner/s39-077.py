import re


def filter_titles(titles, text):
    rx = re.compile(re.escape(text), re.IGNORECASE)
    return [t for t in titles if rx.search(t)]
