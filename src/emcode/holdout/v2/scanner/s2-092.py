from urllib.parse import quote

import requests

API = "https://inventory.example.com/api/"


def get_json(endpoint: str, params: dict | None = None) -> dict:
    """GET one endpoint of the inventory API and decode the JSON body."""
    resp = requests.get(API + quote(endpoint, safe=""), params=params, timeout=10)
    resp.raise_for_status()
    return resp.json()
