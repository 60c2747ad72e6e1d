import re

import requests

BASE = "https://tiles.example-weather.com/v2/"
_TILE = re.compile(r"^\d{1,2}/\d{1,7}/\d{1,7}$")


def fetch_weather_tile(tile_ref, timeout=5):
    if not _TILE.fullmatch(tile_ref):
        raise ValueError("bad tile reference")
    resp = requests.get(BASE + tile_ref + ".png", timeout=timeout)
    resp.raise_for_status()
    return resp.content
