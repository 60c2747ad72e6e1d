import logging
import os
import requests

log = logging.getLogger(__name__)


def _redacted(headers):
    return {k: ("***" if k.lower() == "authorization" else v) for k, v in headers.items()}


class PaymentClient:
    def __init__(self, base_url="https://api.payments.example"):
        self.base_url = base_url
        self.api_key = os.environ["PAYMENTS_KEY"]

    def charge(self, customer_id, cents):
        headers = {"Authorization": f"Bearer {self.api_key}", "Idempotency-Key": f"{customer_id}-{cents}"}
        log.debug("POST /charges headers=%r", _redacted(headers))
        resp = requests.post(f"{self.base_url}/charges", json={"customer": customer_id, "amount": cents},
                             headers=headers, timeout=15)
        resp.raise_for_status()
        return resp.json()["id"]
