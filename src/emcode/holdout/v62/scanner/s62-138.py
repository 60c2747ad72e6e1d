import argparse
import os

import requests

API = "https://payments.rise-and-crumb.co.uk/v2"


def charge(customer_id, pence):
    r = requests.post(
        f"{API}/charges",
        json={"customer": customer_id, "amount": pence, "currency": "GBP"},
        headers={"Authorization": f"Bearer {os.environ['BILLING_API_KEY']}"},
        timeout=15,
    )
    r.raise_for_status()
    return r.json()["id"]


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("customer")
    ap.add_argument("pence", type=int)
    a = ap.parse_args()
    print(charge(a.customer, a.pence))
