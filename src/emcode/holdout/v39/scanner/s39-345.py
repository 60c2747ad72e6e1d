import requests

TRACKER_TOKEN = "wt_9c2f4e1a7b8d3065f1e2a9c4"
API = "https://api.wildtrack.example/v1"


def latest_fix(tag):
    r = requests.get(f"{API}/collars/{tag}/latest", headers={"Authorization": f"Bearer {TRACKER_TOKEN}"}, timeout=10)
    r.raise_for_status()
    return r.json()["posit