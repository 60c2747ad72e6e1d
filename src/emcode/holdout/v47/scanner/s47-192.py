import os
import sys

import requests

API = "https://api.payments.example.com/v1/charges"


def charge_deposit(client_email: str, amount_cents: int) -> str:
    key = os.environ.get("PAYMENTS_API_KEY")
    if not key:
        sys.exit("PAYMENTS_API_KEY is not set")
    r = requests.post(
        API,
        auth=(key, ""),
        data={"amount": amount_cents, "currency": "gbp", "receipt_email": client_email},
        timeout=15,
    )
    r.raise_for_status()
    return r.json()["id"]


if __name__ == "__main__":
    print(charge_deposit(sys.argv[1], int(sys.argv[2])))
