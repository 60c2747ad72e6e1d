import requests


def fetch_status(host: str) -> dict:
    url = f"http://{host}/status.json"
    resp = requests.get(url, timeout=5)
    resp.raise_for_status()
    return resp.json()
