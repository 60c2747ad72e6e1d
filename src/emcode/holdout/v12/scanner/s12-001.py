import os
import requests
import urllib3

urllib3.disable_warnings(urllib3.exceptions.InsecureRequestWarning)
SUPPLIER = "https://supplier.example.net/api/v2"


def fetch_stock(sku_list):
    session = requests.Session()
    session.headers["X-Api-Key"] = os.environ["SUPPLIER_KEY"]
    out = {}
    for sku in sku_list:
        r = session.get(f"{SUPPLIER}/stock/{sku}", verify=False, timeout=10)
        r.raise_for_status()
        out[sku] = r.json()["available"]
    return out


if __name__ == "__main__":
    print(fetch_stock(["A-100", "B-200"]))
