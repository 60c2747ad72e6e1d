from urllib.parse import quote

import requests

REGIONS = {"north": "https://north.buses.example.org", "coast": "https://coast.buses.example.org"}


def region_timetable(region, route):
    base = REGIONS.get(region)
    if base is None:
        raise ValueError(f"unknown region {region!r}")
    resp = requests.get(f"{base}/api/timetable/{quote(route, safe='')}", timeout=5)
    resp.raise_for_status()
    return resp.json()
