import requests

class BillingClient:
    def __init__(self, token, ca_bundle="/etc/ssl/certs/partner-ca.pem"):
        self.s = requests.Session()
        self.s.headers["Authorization"] = f"Bearer {token}"
        self.s.verify = ca_bundle

    def charge(self, customer, cents):
        r = self.s.post("https://billing.partner.example/api/charges",
                        json={"customer": customer, "amount": cents}, timeout=10)
        r.raise_for_status()
        return r.json()["id"]
