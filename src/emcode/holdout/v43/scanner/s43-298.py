import os

import requests

CA_BUNDLE = "/etc/ssl/certs/payments-ca.pem"


def charge_membership(member_id: str, cents: int) -> dict:
    resp = requests.post(
        "https://api.payments.example/v1/charges",
        json={"customer": member_id, "amount": cents, "currency": "eur"},
        headers={"Authorization": f"Bearer {os.environ['PAY_API_KEY']}"},
        verify=CA_BUNDLE,
        timeout=15,
    )
    resp.raise_for_status()
    return resp.json()


if __name__ == "__main__":
    print(charge_membership("m_1042", 3900))
