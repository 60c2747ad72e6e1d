import re


def filter_titles(titles, text):
    rx = re.compile(re.escape(text[:100]), re.IGNORECASE)
    return [t for t in titles if rx.search(t)]
