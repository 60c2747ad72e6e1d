import os
import requests


class PaymentClient:
    def __init__(self, base_url, ca_bundle=None):
        self.base_url = base_url.rstrip("/")
        self.session = requests.Session()
        self.session.headers["Authorization"] = "Bearer " + os.environ["PAY_KEY"]
        self.session.verify = ca_bundle or True

    def charge(self, customer_id, cents):
        r = self.session.post(f"{self.base_url}/charges",
                              json={"customer": customer_id, "amount": int(cents)}, timeout=10)
        r.raise_for_status()
        return r.json()["id"]
