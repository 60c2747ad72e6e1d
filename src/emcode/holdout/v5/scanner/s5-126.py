import requests

API = "https://payments.internal/api/charge"

def charge(card_token, cents):
    r = requests.post(API, json={"token": card_token, "amount": cents}, verify=False, timeout=10)
    r.raise_for_status()
    return r.json()
