import logging
import os
import requests

logger = logging.getLogger(__name__)


def charge(card_number: str, cvv: str, expiry: str, amount_cents: int) -> str:
    logger.debug(f"charging card {card_number} cvv={cvv} exp={expiry} amount={amount_cents}")
    resp = requests.post(
        "https://payments.example/charge",
        json={"pan": card_number, "cvv": cvv, "exp": expiry, "amount": amount_cents},
        headers={"Authorization": "Bearer " + os.environ["PAY_KEY"]},
        timeout=20,
    )
    resp.raise_for_status()
    return resp.json()["charge_id"]
