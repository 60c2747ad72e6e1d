import logging
import os
import requests

log = logging.getLogger(__name__)
SENSITIVE = {"x-api-key", "authorization"}


def redacted(headers: dict) -> dict:
    return {k: ("***" if k.lower() in SENSITIVE else v) for k, v in headers.items()}


class PaymentsClient:
    def __init__(self, base_url: str = "https://api.payments.example"):
        self.base_url = base_url
        self.headers = {"X-Api-Key": os.environ["PAYMENTS_KEY"], "Content-Type": "application/json"}

    def charge(self, customer_id: str, cents: int) -> str:
        body = {"customer": customer_id, "amount": cents, "currency": "EUR"}
        log.debug("POST %s/charges headers=%s", self.base_url, redacted(self.headers))
        r = requests.post(f"{self.base_url}/charges", json=body, headers=self.headers, timeout=20)
        r.raise_for_status()
        return r.json()["id"]
