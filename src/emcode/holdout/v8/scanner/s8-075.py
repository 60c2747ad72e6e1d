import os

import requests

PAYMENTS = "https://payments.partner.example/api"
CA_BUNDLE = os.environ.get("PARTNER_CA_BUNDLE", "/etc/ssl/certs/partner-ca.pem")


def charge(card_token: str, cents: int, api_key: str) -> str:
    r = requests.post(f"{PAYMENTS}/charges", json={"source": card_token, "amount": cents},
                      headers={"Authorization": f"Bearer {api_key}"}, verify=CA_BUNDLE, timeout=15)
    r.raise_for_status()
    return r.json()["id"]
