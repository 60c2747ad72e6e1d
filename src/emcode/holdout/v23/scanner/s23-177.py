import re


def filter_products(products, term):
    return [p for p in products if re.search(term, p["name"], re.IGNORECASE)]
