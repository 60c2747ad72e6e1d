import logging
import os
import requests

logging.basicConfig(level=logging.DEBUG)
log = logging.getLogger("billing")


class PaymentClient:
    def __init__(self):
        self.session = requests.Session()
        self.session.headers["Authorization"] = "Bearer " + os.environ["PAY_API_KEY"]

    def charge(self, customer_id: str, cents: int) -> dict:
        log.debug("POST /charges headers=%s", dict(self.session.headers))
        r = self.session.post("https://api.pay.example.com/charges",
                              json={"customer": customer_id, "amount": cents}, timeout=10)
        r.raise_for_status()
        return r.json()
