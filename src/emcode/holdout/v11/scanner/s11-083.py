import logging
import os

import requests

logger = logging.getLogger(__name__)


class PaymentClient:
    def __init__(self):
        self.key = os.environ["PAY_API_KEY"]

    def charge(self, card_number: str, cvc: str, amount_cents: int) -> dict:
        req = {"card": card_number, "cvc": cvc, "amount": amount_cents, "api_key": self.key}
        logger.info("charging: %s", req)
        r = requests.post("https://pay.example/v1/charges", json=req, timeout=15)
        return r.json()
