import urllib.request

KNOWN_STATIONS = {
    "st-01": "st-01.glacier-net.example",
    "st-02": "st-02.glacier-net.example",
}


def fetch_station_status(station_id, timeout=5):
    host = KNOWN_STATIONS[station_id]
    url = f"https://{host}/status.json"
    with urllib.request.urlopen(url, timeout=timeout) as resp:
        return resp.read().decode()
