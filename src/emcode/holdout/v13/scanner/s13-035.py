import requests

API = "https://billing.partner.example/api/v2"

class BillingClient:
    def __init__(self, token):
        self.s = requests.Session()
        self.s.headers["Authorization"] = f"Bearer {token}"
        self.s.verify = False

    def charge(self, customer_id, cents):
        r = self.s.post(f"{API}/charges", json={"customer": customer_id, "amount": cents}, timeout=10)
        r.raise_for_status()
        return r.json()["id"]
