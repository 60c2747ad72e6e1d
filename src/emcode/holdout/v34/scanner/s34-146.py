import requests

GATEWAY = "https://gateway.solarfarm.example"


def fetch_inverter_status(inverter_id):
    url = f"{GATEWAY}/api/inverters/{int(inverter_id)}/status"
    resp = requests.get(url, timeout=5)
    resp.raise_for_status()
    return resp.json()
