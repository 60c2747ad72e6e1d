import urllib.request


def fetch_station_status(station_host, timeout=5):
    url = f"http://{station_host}/status.json"
    with urllib.request.urlopen(url, timeout=timeout) as resp:
        return resp.read().decode()
