import os

import requests

API = "https://billing.internal.example.com/v1/invoices"
CA_BUNDLE = "/etc/ssl/certs/internal-ca.pem"


def push_invoice(invoice: dict) -> int:
    headers = {"Authorization": "Bearer " + os.environ["BILLING_TOKEN"]}
    resp = requests.post(API, json=invoice, headers=headers, verify=CA_BUNDLE, timeout=10)
    resp.raise_for_status()
    return resp.json()["id"]
