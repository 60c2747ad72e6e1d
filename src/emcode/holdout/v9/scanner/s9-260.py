import requests


def charge(amount_cents: int, token: str, ca_bundle: str = "/etc/ssl/certs/ca-certificates.crt") -> dict:
    r = requests.post("https://pay.example.net/charges", json={"amount": int(amount_cents), "source": token},
                      verify=ca_bundle, timeout=10)
    r.raise_for_status()
    return r.json()
