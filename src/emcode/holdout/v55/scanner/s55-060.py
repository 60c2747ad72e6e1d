import urllib.request


def fetch_station_status(base_url, station_id):
    url = base_url.rstrip("/") + "/stations/" + station_id + "/status"
    with urllib.request.urlopen(url, timeout=5) as resp:
        return resp.read().decode()
