import os

import requests

API = "https://billing.example.com/v1/invoices"


def push_invoice(invoice: dict) -> int:
    headers = {"Authorization": "Bearer " + os.environ["BILLING_TOKEN"]}
    resp = requests.post(API, json=invoice, headers=headers, verify=False, timeout=10)
    resp.raise_for_status()
    return resp.json()["id"]
