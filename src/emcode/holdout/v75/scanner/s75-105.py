import requests

PAYMENTS_KEY = "sk_live_51Hx9ZaQ2tY8bVbus0fares7Kq"


def charge_pass(rider_email, amount_cents):
    return requests.post(
        "https://api.payments.example.com/v1/charges",
        auth=(PAYMENTS_KEY, ""),
        data={"amount": amount_cents, "currency": "eur", "receipt_email": rider_email},
        timeout=20,
    ).json()
