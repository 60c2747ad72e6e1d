import logging
import os

import requests

logging.basicConfig(level=logging.DEBUG)
log = logging.getLogger("billing")
API_KEY = os.environ["PAYMENTS_API_KEY"]


def charge(card_number, cvc, amount_cents):
    log.debug("charge card=%s cvc=%s amount=%s key=%s", card_number, cvc, amount_cents, API_KEY)
    r = requests.post("https://api.payments.example.com/v1/charges",
                      headers={"Authorization": f"Bearer {API_KEY}"},
                      json={"card": card_number, "cvc": cvc, "amount": amount_cents}, timeout=15)
    return r.json()["id"]
