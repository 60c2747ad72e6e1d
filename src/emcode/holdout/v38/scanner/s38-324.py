import requests

BASE_URL = "https://scada.gridco.example/api"


def fetch_feeder_status(feeder_id):
    r = requests.get(f"{BASE_URL}/feeders/{int(feeder_id)}/status", timeout=5)
    r.raise_for_status()
    return r.json()
