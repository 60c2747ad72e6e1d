import requests

PAYMENTS = "https://payments.example.net/v1"


def charge(card_token, cents, api_key):
    resp = requests.post(
        f"{PAYMENTS}/charges",
        json={"source": card_token, "amount": cents, "currency": "eur"},
        headers={"Authorization": f"Bearer {api_key}"},
        verify=False,
        timeout=15,
    )
    resp.raise_for_status()
    return resp.json()["id"]
