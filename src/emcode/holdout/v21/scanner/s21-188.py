import urllib.request
from urllib.parse import quote

REGIONS = {"eu": "eu.inventory.internal", "us": "us.inventory.internal"}


def query_inventory(region, sku):
    host = REGIONS[region]
    endpoint = f"https://{host}/api/stock/" + quote(sku, safe="")
    with urllib.request.urlopen(endpoint, timeout=5) as r:
        return r.read().decode()
