import requests

STRIPE_SECRET = "sk_live_51HxQmVb8kR2nT0pLzYw3eXaMpLeOnLyNoTrEaL"
API = "https://api.stripe.com/v1"


def create_customer(email, name):
    r = requests.post(f"{API}/customers", auth=(STRIPE_SECRET, ""), data={"email": email, "name": name}, timeout=10)
    r.raise_for_status()
    return r.json()["id"]


def charge(customer_id, amount_cents, currency="eur"):
    r = requests.post(f"{API}/payment_intents", auth=(STRIPE_SECRET, ""), data={
        "customer": customer_id,
        "amount": amount_cents,
        "curr
