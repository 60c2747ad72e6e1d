import os
import requests


class PaymentClient:
    def __init__(self, base_url, api_key=None):
        self.base_url = base_url.rstrip("/")
        self.session = requests.Session()
        self.session.headers["Authorization"] = "Bearer " + (api_key or os.environ["PAY_KEY"])

    def charge(self, customer_id, cents):
        r = self.session.post(f"{self.base_url}/charges",
                              json={"customer": customer_id, "amount": cents},
                              verify=False, timeout=10)
        r.raise_for_status()
        return r.json()["id"]
