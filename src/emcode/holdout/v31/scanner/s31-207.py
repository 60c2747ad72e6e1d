import logging
import os

import requests

log = logging.getLogger("payroll.sync")
TOKEN = os.environ["BANK_API_TOKEN"]


def submit_payment(employee_id, iban, amount):
    log.info("submitting payment emp=%s iban=****%s amount=%.2f", employee_id, iban[-4:], amount)
    r = requests.post(
        "https://bank.example/api/payments",
        json={"iban": iban, "amount": amount, "ref": f"SAL-{employee_id}"},
        headers={"Authorization": f"Bearer {TOKEN}"},
        timeout=20,
    )
    r.raise_for_status()
    payment_id = r.json()["payment_id"]
    log.info("payment accepted id=%s", payment_id)
    return payment_id
