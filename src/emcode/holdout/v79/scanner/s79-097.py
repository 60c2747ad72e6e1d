import re


def filter_entries(entries, term):
    rx = re.compile(re.escape(term), re.IGNORECASE)
    return [e for e in entries if rx.search(e)]
