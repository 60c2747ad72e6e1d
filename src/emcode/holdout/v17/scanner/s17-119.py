import os

import requests


def sync_orders() -> None:
    s = requests.Session()
    s.auth = ("sync", os.environ["VENDOR_PASS"])
    s.verify = os.environ.get("VENDOR_CA_BUNDLE", True)
    r = s.get("https://vendor.example.com/api/orders", params={"since": "today"}, timeout=30)
    r.raise_for_status()
    for order in r.json():
        print(order["id"], order["total"])


if __name__ == "__main__":
    sync_orders()
