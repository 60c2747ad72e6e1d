import os

import requests


def _credentials():
    try:
        return os.environ["PAYMENTS_API_KEY"], os.environ["PAYMENTS_CLIENT_SECRET"]
    except KeyError as missing:
        raise RuntimeError(f"set {missing.args[0]} in the environment") from None


def charge(amount_cents: int, customer: str) -> dict:
    r = requests.post("https://payments.example.com/v1/charges", auth=_credentials(),
                      json={"amount": amount_cents, "customer": customer}, timeout=10)
    return r.json()
