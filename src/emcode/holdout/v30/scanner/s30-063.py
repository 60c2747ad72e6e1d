import argparse
import os

import requests

PAYMENTS_KEY = os.environ["PAYMENTS_API_KEY"]


def take_deposit(amount_pence: int, booking_ref: str) -> dict:
    r = requests.post(
        "https://api.payments.example/v1/charges",
        auth=(PAYMENTS_KEY, ""),
        data={"amount": amount_pence, "currency": "gbp", "metadata[booking]": booking_ref},
        timeout=15,
    )
    r.raise_for_status()
    return r.json()


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description="Charge a rental deposit")
    ap.add_argument("booking_ref")
    ap.add_argument("amount_pence", type=int)
    a = ap.parse_args()
    if a.amount_pence <= 0:
        ap.error("amount must be positive")
    print(take_deposit(a.amount_pence, a.booking_ref)["id"])
