import re


def filter_titles(titles, term):
    return [t for t in titles if re.search(term, t, re.IGNORECASE)]
