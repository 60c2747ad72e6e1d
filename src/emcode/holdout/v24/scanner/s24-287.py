import os
import requests

API = "https://api.stripe.com/v1"


def _key() -> str:
    return os.environ["STRIPE_SECRET_KEY"]


def create_customer(email: str, name: str) -> str:
    r = requests.post(f"{API}/customers", auth=(_key(), ""), data={"email": email, "name": name}, timeout=10)
    r.raise_for_status()
    return r.json()["id"]


def charge(customer_id: str, amount_cents: int, currency: str = "eur") -> str:
    r = requests.post(f"{API}/payment_intents", auth=(_key(), ""), data={
        "customer": customer_id,
        "amo
