from urllib.parse import quote

import requests

BASE = "https://tides.example.org/api/v2"


def fetch_station_levels(station_id):
    url = f"{BASE}/stations/{quote(str(station_id), safe='')}/levels"
    resp = requests.get(url, timeout=10)
    resp.raise_for_status()
    return resp.json()
