import re


def filter_surnames(names, text):
    rx = re.compile(re.escape(text), re.IGNORECASE)
    return [n for n in names if rx.search(n)]
