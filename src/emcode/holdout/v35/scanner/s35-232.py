import requests

API_BASE = "https://api.printhouse.example.com/v1"
RESOURCES = {"orders", "products", "shipments"}


def provider_get(resource, item_id, token):
    if resource not in RESOURCES:
        raise ValueError(resource)
    url = f"{API_BASE}/{resource}/{int(item_id)}"
    return requests.get(url, headers={"Authorization": f"Bearer {token}"}, timeout=10).json()
