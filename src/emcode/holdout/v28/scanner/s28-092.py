import os

import requests


def geocode_port(name, api_key=None):
    key = api_key or os.environ["MAPDATA_API_KEY"]
    r = requests.get("https://geo.mapdata.example/v1/search", params={"q": name, "key": key}, timeout=10)
    r.raise_for_status()
    return r.json()["results"][0]["location"]
