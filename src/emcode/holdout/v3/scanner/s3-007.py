import requests

API_KEY = "sk_live_51HfQ2xLq9T0pR7uYvW3nZ8a"
CLIENT_SECRET = "c3f1e9a07b6d4e2f8a5c"


def charge(amount_cents: int, customer: str) -> dict:
    r = requests.post(
        "https://payments.example.com/v1/charges",
        auth=(API_KEY, CLIENT_SECRET),
        json={"amount": amount_cents, "customer": customer},
        timeout=10,
    )
    return r.json()
