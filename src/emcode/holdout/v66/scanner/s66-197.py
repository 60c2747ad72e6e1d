import re
from urllib.parse import quote

import requests

BASE = "https://api.glacier-net.example/v1/stations/"
_ID = re.compile(r"[A-Z]{2}-\d{3}")


def fetch_station_json(station_id):
    if not _ID.fullmatch(station_id):
        raise ValueError("bad station id")
    r = requests.get(BASE + quote(station_id) + "/status", timeout=10)
    r.raise_for_status()
    return r.json()
