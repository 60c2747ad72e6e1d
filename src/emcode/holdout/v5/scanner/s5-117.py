import requests

API = "https://payments.internal/api/charge"
CA_BUNDLE = "/etc/ssl/certs/internal-ca.pem"

def charge(card_token: str, cents: int) -> dict:
    r = requests.post(API, json={"token": card_token, "amount": cents}, verify=CA_BUNDLE, timeout=10)
    r.raise_for_status()
    return r.json()
