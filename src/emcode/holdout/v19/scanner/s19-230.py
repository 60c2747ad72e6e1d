import re


def filter_products(names, query):
    return [n for n in names if re.search(query, n, re.IGNORECASE)]
