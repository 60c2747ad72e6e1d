import logging
import os

import requests

log = logging.getLogger("payroll.sync")
TOKEN = os.environ["BANK_API_TOKEN"]


def submit_payment(employee_id, iban, amount):
    log.info("submitting payment emp=%s iban=%s amount=%.2f token=%s", employee_id, iban, amount, TOKEN)
    r = requests.post(
        "https://bank.example/api/payments",
        json={"iban": iban, "amount": amount, "ref": f"SAL-{employee_id}"},
        headers={"Authorization": f"Bearer {TOKEN}"},
        timeout=20,
    )
    r.raise_for_status()
    return r.json()["payment_id"]


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    print(submit_payment(101, "GB33BUKB20201555555555", 2412.5))
