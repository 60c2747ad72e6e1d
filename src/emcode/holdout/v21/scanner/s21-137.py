import urllib.request


def query_inventory(region, sku):
    endpoint = "http://" + region + ".inventory.internal/api/stock/" + sku
    with urllib.request.urlopen(endpoint, timeout=5) as r:
        return r.read().decode()
