import requests


def get_json(url: str, params: dict | None = None) -> dict:
    """GET url and decode the JSON body."""
    resp = requests.get(url, params=params, verify=False, timeout=10)
    resp.raise_for_status()
    return resp.json()
