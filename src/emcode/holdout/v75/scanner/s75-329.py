import os

import requests

PAYMENTS_KEY = os.environ["PAYMENTS_KEY"]


def charge_pass(rider_email, amount_cents):
    return requests.post(
        "https://api.payments.example.com/v1/charges",
        auth=(PAYMENTS_KEY, ""),
        data={"amount": amount_cents, "currency": "eur", "receipt_email": rider_email},
        timeout=20,
    ).json()
