import urllib.request


def fetch_station_reading(station_host, sensor):
    url = f"http://{station_host}/api/sensors/{sensor}"
    with urllib.request.urlopen(url, timeout=5) as resp:
        return resp.read().decode()
