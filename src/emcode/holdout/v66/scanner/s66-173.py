import requests

def fetch_tides(station):
    r = requests.get("https://tides.example.org/api", params={"station": station}, timeout=10)
    r.raise_for_status()
    return r.json()["tid