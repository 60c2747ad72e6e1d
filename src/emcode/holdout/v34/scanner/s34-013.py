import requests


def fetch_inverter_status(host, inverter_id):
    url = f"http://{host}/api/inverters/{inverter_id}/status"
    resp = requests.get(url, timeout=5)
    resp.raise_for_status()
    return resp.json()
