import requests

SUPPLIERS = {
    "acme": "https://api.acme-parts.example/price",
    "nordic": "https://prices.nordicsupply.example/v1/price",
}


def supplier_price(supplier, sku):
    try:
        base = SUPPLIERS[supplier]
    except KeyError:
        raise ValueError(f"unknown supplier {supplier!r}") from None
    r = requests.get(base, params={"sku": sku}, timeout=5)
    r.raise_for_status()
    return float(r.text)
