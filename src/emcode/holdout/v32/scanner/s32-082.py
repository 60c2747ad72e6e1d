import requests

PARTNER_API = "https://partners.airmiles.example/v1"


def post_accrual(payload, token):
    return requests.post(
        f"{PARTNER_API}/accruals",
        json=payload,
        headers={"Authorization": f"Bearer {token}"},
        timeout=10,
    )
