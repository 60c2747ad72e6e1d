import requests

API = "https://api.citybike.example/v2"


def dock_status(dock_id):
    resp = requests.get(f"{API}/docks/{int(dock_id)}/status", timeout=5)
    resp.raise_for_status()
    return resp.json()
