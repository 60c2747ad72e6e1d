import requests

def charge(card_token, amount):
    resp = requests.post("https://api.payments.example/charge",
                         json={"token": card_token, "amount": amount},
                         verify=False, timeout=10)
    return resp.json()
