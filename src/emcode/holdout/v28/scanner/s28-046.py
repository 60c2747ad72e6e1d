import logging
import os

import requests

log = logging.getLogger("hotel.payments")
PSP = "https://api.paywave.example/v2/charges"


def charge(card_number, expiry, cvc, amount_cents):
    key = os.environ["PAYWAVE_KEY"]
    log.info("charging card ending %s amount=%d", card_number[-4:], amount_cents)
    r = requests.post(PSP, auth=(key, ""), timeout=15, json={
        "card": {"number": card_number, "exp": expiry, "cvc": cvc}, "amount": amount_cents, "currency": "EUR"})
    r.raise_for_status()
    return r.json()["id"]
