import re


def filter_skus(skus, sku_pattern):
    return [s for s in skus if re.match(sku_pattern, s)]
