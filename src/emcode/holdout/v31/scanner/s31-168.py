import os

import requests

BASE = "https://api.payprovider.example/v1"


def employees():
    r = requests.get(f"{BASE}/employees", headers={"Authorization": "Bearer " + os.environ["PAY_TOKEN"]}, timeout=20)
    r.raise_for_status()
    return r.json()["items"]


if __name__ == "__main__":
    for e in employees():
        print(e["id"], e["na