import requests

API = "https://billing.internal.example.com/api/v2"
CA_BUNDLE = "/etc/ssl/certs/internal-ca.pem"


class BillingClient:
    def __init__(self, token: str):
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Bearer {token}"
        self.session.verify = CA_BUNDLE

    def invoices(self, customer_id: int):
        r = self.session.get(f"{API}/customers/{int(customer_id)}/invoices", timeout=10)
        r.raise_for_status()
        return r.json()

    def mark_paid(self, invoice_id: int):
        r = self.session.post(f"{API}/invoices/{int(invoice_id)}/paid", timeout=10)
        r.raise_for_status()
        return r.json()
