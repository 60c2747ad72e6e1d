import requests

METRICS_API = "https://monitoring.sunfield.example/api"


def fetch_inverter_metrics(inverter_id, timeout=5):
    iid = int(inverter_id)
    resp = requests.get(f"{METRICS_API}/inverters/{iid}/metrics", timeout=timeout)
    resp.raise_for_status()
    return resp.json()
