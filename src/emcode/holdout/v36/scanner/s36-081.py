from urllib.parse import urlencode

import requests

API = "https://api.marinewx.example/v1/forecast"


def forecast(lat, lon, hours=24):
    qs = urlencode({"lat": float(lat), "lon": float(lon), "hours": int(hours)})
    return requests.get(f"{API}?{qs}", timeout=10).json()
