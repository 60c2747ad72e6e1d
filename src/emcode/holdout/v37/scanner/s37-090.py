import re


def filter_pieces(catalogue, pattern):
    rx = re.compile(pattern)
    return [p for p in catalogue if rx.search(p["title"])]
