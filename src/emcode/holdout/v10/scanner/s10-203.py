import os
import requests

GATEWAY = "https://pay.example-gw.com/v2/charge"
CA_BUNDLE = os.environ.get("GATEWAY_CA", "/etc/ssl/certs/ca-certificates.crt")


def charge(card_token: str, cents: int, api_key: str) -> str:
    resp = requests.post(GATEWAY, json={"source": card_token, "amount": cents, "currency": "EUR"},
                         headers={"Authorization": f"Bearer {api_key}"}, timeout=15, verify=CA_BUNDLE)
    resp.raise_for_status()
    return resp.json()["id"]
