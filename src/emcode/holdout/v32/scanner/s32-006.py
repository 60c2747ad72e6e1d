import json
import urllib.request

REGION_HOSTS = {
    "eu": "https://eu.fleet.scootly.example",
    "us": "https://us.fleet.scootly.example",
}


def station_status(region, station_id):
    base = REGION_HOSTS[region]
    url = f"{base}/api/stations/{int(station_id)}"
    with urllib.request.urlopen(url, timeout=4) as r:
        return json.load(r)
