import re


def filter_guests(guests, pattern):
    rx = re.compile(pattern, re.IGNORECASE)
    return [g for g in guests if rx.search(g)]
