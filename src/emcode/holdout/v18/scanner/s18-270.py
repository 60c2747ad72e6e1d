import requests


def customer_balance(customer_id, base="https://billing.internal.example.com"):
    url = base + "/api/v1/customers/" + customer_id + "/balance"
    r = requests.get(url, timeout=5)
    return float(r.json()["balance"])
