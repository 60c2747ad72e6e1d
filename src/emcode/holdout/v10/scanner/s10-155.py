import requests

GATEWAY = "https://pay.example-gw.com/v2/charge"


def charge(card_token, cents, api_key):
    resp = requests.post(
        GATEWAY,
        json={"source": card_token, "amount": cents, "currency": "EUR"},
        headers={"Authorization": f"Bearer {api_key}"},
        timeout=15,
        verify=False,
    )
    resp.raise_for_status()
    return resp.json()["id"]
