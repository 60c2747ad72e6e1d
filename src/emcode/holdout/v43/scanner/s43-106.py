import requests


def dock_status(base_url, dock_id):
    resp = requests.get(f"{base_url}/status/{dock_id}", timeout=5)
    resp.raise_for_status()
    return resp.json()
