import re


def search_notes(notes, term, max_len=100):
    if len(term) > max_len:
        raise ValueError("search term too long")
    rx = re.compile(re.escape(term), re.IGNORECASE)
    return [n for n in notes if rx.search(n)]
