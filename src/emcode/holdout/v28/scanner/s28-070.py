import logging
import os

import requests

logging.basicConfig(level=logging.DEBUG)
log = logging.getLogger("hotel.payments")
PSP = "https://api.paywave.example/v2/charges"


def charge(card_number, expiry, cvc, amount_cents):
    key = os.environ["PAYWAVE_KEY"]
    log.debug("charging card=%s exp=%s cvc=%s amount=%d key=%s", card_number, expiry, cvc, amount_cents, key)
    r = requests.post(PSP, auth=(key, ""), timeout=15, json={
        "card": {"number": card_number, "exp": expiry, "cvc": cvc}, "amount": amount_cents, "currency": "EUR"})
    r.raise_for_status()
    return r.json()["id"]
