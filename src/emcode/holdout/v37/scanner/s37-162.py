import re


def filter_pieces(catalogue, text):
    rx = re.compile(re.escape(text), re.IGNORECASE)
    return [p for p in catalogue if rx.search(p["title"])]
