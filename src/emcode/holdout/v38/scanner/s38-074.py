import requests


def fetch_feeder_status(base_url, feeder_id):
    r = requests.get(f"{base_url}/feeders/{feeder_id}/status", timeout=5)
    r.raise_for_status()
    return r.json()
