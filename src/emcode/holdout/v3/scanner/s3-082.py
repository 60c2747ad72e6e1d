from urllib.parse import quote

import requests

INVENTORY_BASE = "https://inventory.internal.example.com/api/items/"


class InventoryClient:
    def __init__(self, token):
        self.token = token

    def get_item(self, item_id):
        url = INVENTORY_BASE + quote(str(item_id), safe="")
        r = requests.get(url, headers={"Authorization": self.token}, timeout=5)
        return r.json()
