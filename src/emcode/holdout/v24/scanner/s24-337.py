import logging
import os
import requests

logger = logging.getLogger(__name__)


def _mask(pan: str) -> str:
    digits = "".join(ch for ch in pan if ch.isdigit())
    return "**** " + digits[-4:]


def charge(card_number: str, cvv: str, expiry: str, amount_cents: int) -> str:
    logger.info("charging card %s amount=%d", _mask(card_number), amount_cents)
    resp = requests.post(
        "https://payments.example/charge",
        json={"pan": card_number, "cvv": cvv, "exp": expiry, "amount": amount_cents},
        headers={"Authorization": "Bearer " + os.environ["PAY_KEY"]},
        timeout=20,
    )
    resp.raise_for_status()
    charge_id = resp.json()["charge_id"]
    logger.info("charge ok id=%s", charge_id)
    return charge_id
