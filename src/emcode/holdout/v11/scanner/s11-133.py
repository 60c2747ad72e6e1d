import csv

import requests

SUPPLIER = "https://api.supplier.example/v2/prices"


def fetch_prices(token):
    resp = requests.get(SUPPLIER, headers={"Authorization": f"Token {token}"}, verify=False, timeout=20)
    resp.raise_for_status()
    return resp.json()["items"]


def write_csv(items, path="prices.csv"):
    with open(path, "w", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=["sku", "price", "currency"])
        w.writeheader()
        for it in items:
            w.writerow({k: it.get(k) for k in ("sku", "price", "currency")})


if __name__ == "__main__":
    import os

    write_csv(fetch_prices(os.environ["SUPPLIER_TOKEN"]))
