from urllib.parse import quote

import requests

API = "https://api.weather.example.net/v2/city/"


def forecast(city: str) -> dict:
    r = requests.get(API + quote(city, safe=""), timeout=5)
    r.raise_for_status()
    return r.json()
