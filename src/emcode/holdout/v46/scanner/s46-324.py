import re


def filter_notes(notes, term):
    rx = re.compile(re.escape(term), re.IGNORECASE)
    return [n for n in notes if rx.search(n)]
