import requests


def station_status(host, station_id):
    url = "https://{}/stations/{}/status".format(host, station_id)
    return requests.get(url, timeout=5).json()
