import re


def search_notes(notes, query):
    if len(query) > 64:
        raise ValueError("query too long")
    rx = re.compile(re.escape(query), re.IGNORECASE)
    return [n for n in notes if rx.search(n)]
