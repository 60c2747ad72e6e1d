import urllib.parse
import urllib.request

TELEMETRY_BASE = "https://telemetry.waterworks.example/api"


def fetch_station_status(station_id):
    url = f"{TELEMETRY_BASE}/stations/{urllib.parse.quote(str(station_id), safe='')}/status"
    with urllib.request.urlopen(url, timeout=5) as resp:
        return resp.read().decode()
