import re


def filter_guests(guests, text):
    rx = re.compile(re.escape(text[:64]), re.IGNORECASE)
    return [g for g in guests if rx.search(g["name"])]
