import requests


def fetch_inverter_metrics(base_url, inverter_id, timeout=5):
    url = f"{base_url.rstrip('/')}/inverters/{inverter_id}/metrics"
    resp = requests.get(url, timeout=timeout)
    resp.raise_for_status()
    return resp.json()
