import requests


def fetch_manifest(url: str) -> dict:
    r = requests.get(url, verify=False, timeout=10)
    r.raise_for_status()
    return r.json()
