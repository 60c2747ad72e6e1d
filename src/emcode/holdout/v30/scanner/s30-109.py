from urllib.request import urlopen


def supplier_price(supplier_host, sku):
    url = f"http://{supplier_host}/api/price?sku={sku}"
    with urlopen(url, timeout=5) as r:
        return float(r.read().decode())
