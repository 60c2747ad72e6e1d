import requests


class InventoryClient:
    def __init__(self, token):
        self.token = token

    def get_item(self, host, item_path):
        url = f"http://{host}/api/{item_path}"
        r = requests.get(url, headers={"Authorization": self.token}, timeout=5)
        return r.json()
