import requests

GATEWAY = "https://payments.example.com/api/v2"
CA_BUNDLE = "/etc/ssl/certs/payments-ca.pem"


def payment_status(payment_id: str, api_token: str) -> str:
    r = requests.get(f"{GATEWAY}/payments/{payment_id}",
                     headers={"Authorization": f"Bearer {api_token}"},
                     verify=CA_BUNDLE, timeout=15)
    r.raise_for_status()
    return r.json()["status"]
