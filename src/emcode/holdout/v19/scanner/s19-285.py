import re


def filter_products(names, query):
    rx = re.compile(re.escape(query), re.IGNORECASE)
    return [n for n in names if rx.search(n)]
