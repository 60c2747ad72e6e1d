import requests

GATEWAY = "https://payments.example.com/api/v2"


def payment_status(payment_id: str, api_token: str) -> str:
    r = requests.get(f"{GATEWAY}/payments/{payment_id}",
                     headers={"Authorization": f"Bearer {api_token}"},
                     verify=False, timeout=15)
    r.raise_for_status()
    return r.json()["status"]
