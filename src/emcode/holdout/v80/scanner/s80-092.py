import requests


def fetch_station_levels(base_url, station_id):
    url = f"{base_url.rstrip('/')}/stations/{station_id}/levels"
    resp = requests.get(url, timeout=10)
    resp.raise_for_status()
    return resp.json()
