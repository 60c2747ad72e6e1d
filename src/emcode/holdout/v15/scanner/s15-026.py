import logging
import os

import requests

log = logging.getLogger("billing")
API_KEY = os.environ["PAYMENTS_API_KEY"]


def charge(card_number, amount_cents, currency="EUR"):
    masked = "*" * 12 + card_number[-4:]
    log.info("charging %s %d %s", masked, amount_cents, currency)
    r = requests.post("https://api.payments.example.com/v1/charges",
                      headers={"Authorization": f"Bearer {API_KEY}"},
                      json={"card": card_number, "amount": amount_cents, "currency": currency},
                      timeout=15)
    r.raise_for_status()
    charge_id = r.json()["id"]
    log.info("charge ok id=%s", charge_id)
    return charge_id
