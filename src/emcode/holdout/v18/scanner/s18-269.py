from urllib.parse import quote

import requests

BASE = "https://billing.internal.example.com/api/v1/customers/"


def customer_balance(customer_id: str) -> float:
    url = BASE + quote(customer_id, safe="") + "/balance"
    r = requests.get(url, timeout=5)
    r.raise_for_status()
    return float(r.json()["balance"])
