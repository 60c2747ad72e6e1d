import os

import requests

API = "https://api.paygate.example/v2/charges"


def charge(backer_id: str, cents: int) -> dict:
    r = requests.post(API, json={"customer": backer_id, "amount": cents, "currency": "eur"},
                      headers={"Authorization": f"Bearer {os.environ['PAYGATE_KEY']}"},
                      verify=False, timeout=15)
    r.raise_for_status()
    return r.json()


if __name__ == "__main__":
    print(charge("bk_123", 2500))
