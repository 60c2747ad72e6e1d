import re

SKU = re.compile(r"^([A-Z0-9]+-?)+$")


def valid_sku(sku):
    return SKU.match(sku) is not None
