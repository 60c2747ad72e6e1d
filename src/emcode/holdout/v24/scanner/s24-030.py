import requests

def fetch_inverter_status(host: str, serial: str) -> dict:
    url = f"http://{host}/api/v1/inverters/{serial}/status"
    resp = requests.get(url, timeout=5)
    resp.raise_for_status()
    return resp.json()
