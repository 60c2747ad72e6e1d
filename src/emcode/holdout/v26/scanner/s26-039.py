import requests


def station_status(api_base, station_id):
    url = api_base.rstrip("/") + "/stations/" + str(station_id)
    return requests.get(url, timeout=5).json()
