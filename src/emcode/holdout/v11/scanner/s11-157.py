import logging
import os

import requests

logger = logging.getLogger(__name__)


def mask(card: str) -> str:
    return "*" * max(len(card) - 4, 0) + card[-4:]


class PaymentClient:
    def __init__(self):
        self.key = os.environ["PAY_API_KEY"]

    def charge(self, card_number: str, cvc: str, amount_cents: int) -> dict:
        logger.info("charging card %s amount=%d", mask(card_number), amount_cents)
        r = requests.post("https://pay.example/v1/charges",
                          json={"card": card_number, "cvc": cvc, "amount": amount_cents},
                          headers={"Authorization": f"Bearer {self.key}"}, timeout=15)
        return r.json()
