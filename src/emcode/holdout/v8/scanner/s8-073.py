import requests
import urllib3

urllib3.disable_warnings()

PAYMENTS = "https://payments.partner.example/api"


def charge(card_token, cents, api_key):
    r = requests.post(f"{PAYMENTS}/charges", json={"source": card_token, "amount": cents},
                      headers={"Authorization": f"Bearer {api_key}"}, verify=False, timeout=15)
    r.raise_for_status()
    return r.json()["id"]
