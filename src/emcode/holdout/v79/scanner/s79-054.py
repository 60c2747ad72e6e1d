import re
import urllib.request

STATION_API = "https://telemetry.windfarm.internal/api/sensors/"


def fetch_station_reading(sensor):
    if not re.fullmatch(r"[A-Z]{3}-\d{2,4}", sensor):
        raise ValueError("bad sensor id")
    with urllib.request.urlopen(STATION_API + sensor, timeout=5) as resp:
        return resp.read().decode()
