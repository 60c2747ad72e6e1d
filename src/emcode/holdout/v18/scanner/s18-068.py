import logging
import os

import requests

log = logging.getLogger("billing")


def mask(card):
    digits = "".join(ch for ch in card if ch.isdigit())
    return "*" * max(len(digits) - 4, 0) + digits[-4:]


def charge(card_number, amount_cents, currency="EUR"):
    api_key = os.environ["PSP_API_KEY"]
    log.debug("charging card=%s amount=%d %s", mask(card_number), amount_cents, currency)
    resp = requests.post(
        "https://psp.example.com/v1/charges",
        json={"card": card_number, "amount": amount_cents, "currency": currency},
        headers={"Authorization": "Bearer " + api_key},
        timeout=10,
    )
    resp.raise_for_status()
    return resp.json()["id"]
