import os
from urllib.parse import quote
import requests

SUPPLIER = "https://supplier.example.net/api/v2"
CA_BUNDLE = "/etc/ssl/certs/acme-internal-ca.pem"


def fetch_stock(sku_list):
    session = requests.Session()
    session.headers["X-Api-Key"] = os.environ["SUPPLIER_KEY"]
    session.verify = CA_BUNDLE
    out = {}
    for sku in sku_list:
        r = session.get(f"{SUPPLIER}/stock/{quote(sku, safe='')}", timeout=10)
        r.raise_for_status()
        out[sku] = r.json()["available"]
    return out


if __name__ == "__main__":
    print(fetch_stock(["A-100", "B-200"]))
