import re

SKU_PATTERN = re.compile(r"^(\d|\d\d)+-[A-Z]+$")


def valid_sku(sku):
    return SKU_PATTERN.match(sku) is not None
