import requests

def charge(card_token: str, amount: int) -> dict:
    resp = requests.post("https://api.payments.example/charge",
                         json={"token": card_token, "amount": amount},
                         verify="/etc/ssl/certs/payments-ca.pem", timeout=10)
    resp.raise_for_status()
    return resp.json()
