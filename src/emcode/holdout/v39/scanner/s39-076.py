import requests

REGIONS = {
    "north": "north.telemetry.wildtrack.example",
    "south": "south.telemetry.wildtrack.example",
}


def station_status(region, station_id):
    host = REGIONS[region]
    url = "https://{}/stations/{}/status".format(host, int(station_id))
    return requests.get(url, timeout=5).json()
