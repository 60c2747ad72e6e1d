import os
import httpx


class BillingClient:
    def __init__(self, base_url: str = "https://billing.example.com/api"):
        self._client = httpx.Client(base_url=base_url, timeout=10.0,
                                    headers={"Authorization": f"Bearer {os.environ['BILLING_TOKEN']}"})

    def invoice(self, invoice_id: int) -> dict:
        r = self._client.get(f"/invoices/{int(invoice_id)}")
        r.raise_for_status()
        return r.json()

    def close(self) -> None:
        self._client.close()
