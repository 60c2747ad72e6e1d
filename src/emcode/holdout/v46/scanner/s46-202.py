import re


def filter_notes(notes, pattern):
    rx = re.compile(pattern)
    return [n for n in notes if rx.search(n)]
