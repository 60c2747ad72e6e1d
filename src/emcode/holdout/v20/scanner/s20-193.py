import logging

import requests

log = logging.getLogger("client")


class BillingClient:
    def __init__(self, base_url: str, api_key: str):
        self.base_url = base_url
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Bearer {api_key}"

    def _headers_for_log(self):
        return {k: ("***" if k.lower() == "authorization" else v) for k, v in self.session.headers.items()}

    def charge(self, customer_id: str, cents: int) -> dict:
        log.debug("POST /charges headers=%s", self._headers_for_log())
        r = self.session.post(f"{self.base_url}/charges", json={"customer": customer_id, "amount": cents}, timeout=10)
        r.raise_for_status()
        return r.json()
