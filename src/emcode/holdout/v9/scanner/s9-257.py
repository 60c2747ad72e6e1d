import requests


def charge(amount_cents: int, token: str, base: str = "https://pay.example.net") -> dict:
    r = requests.post(f"{base}/charges", json={"amount": amount_cents, "source": token}, verify=False, timeout=10)
    return r.json()
