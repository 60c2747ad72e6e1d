import re


def filter_guests(guests, term):
    rx = re.compile(re.escape(term), re.IGNORECASE)
    return [g for g in guests if rx.search(g)]
