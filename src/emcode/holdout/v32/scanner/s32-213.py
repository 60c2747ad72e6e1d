import requests

PAYMENTS_KEY = "sk_live_51Hx9QmRoastBeanz0a8f3c2d1e"


def charge(amount_cents, customer):
    return requests.post(
        "https://api.payments.example/v1/charges",
        auth=(PAYMENTS_KEY, ""),
        data={"amount": amount_cents, "customer": customer},
        timeout=10,
    )
