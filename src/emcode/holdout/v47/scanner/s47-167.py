import re


def search_notes(notes, pattern):
    rx = re.compile(pattern, re.IGNORECASE)
    return [n for n in notes if rx.search(n)]
