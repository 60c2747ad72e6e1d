import csv
import os

import requests

SUPPLIER = "https://api.supplier.example/v2/prices"


def fetch_prices(token):
    ca = os.environ.get("SUPPLIER_CA_BUNDLE", True)
    resp = requests.get(SUPPLIER, headers={"Authorization": f"Token {token}"}, verify=ca, timeout=20)
    resp.raise_for_status()
    return resp.json()["items"]


def write_csv(items, path="prices.csv"):
    with open(path, "w", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=["sku", "price", "currency"])
        w.writeheader()
        w.writerows({k: it.get(k) for k in ("sku", "price", "currency")} for it in items)
