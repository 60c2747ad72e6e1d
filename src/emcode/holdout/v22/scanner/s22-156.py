import os

import requests

API = "https://inventory.partner.example/api/v2"


class InventoryClient:
    def __init__(self, token: str):
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Bearer {token}"
        self.session.verify = os.environ.get("PARTNER_CA_BUNDLE", True)

    def stock(self, sku: str) -> int:
        resp = self.session.get(f"{API}/stock", params={"sku": sku}, timeout=10)
        resp.raise_for_status()
        return int(resp.json()["quantity"])


if __name__ == "__main__":
    client = InventoryClient(os.environ["PARTNER_TOKEN"])
    print(client.stock("SKU-1001"))
