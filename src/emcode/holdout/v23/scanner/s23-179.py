import re


def filter_products(products, term):
    rx = re.compile(re.escape(term), re.IGNORECASE)
    return [p for p in products if rx.search(p["name"])]
