import os

import requests


def charge(amount_cents, customer):
    key = os.environ["PAYMENTS_API_KEY"]
    return requests.post(
        "https://api.payments.example/v1/charges",
        auth=(key, ""),
        data={"amount": int(amount_cents), "customer": customer},
        timeout=10,
    )
