def filter_products(products, needle):
    needle = needle.casefold()[:100]
    return [p for p in products if needle in p["name"].casefold()]
