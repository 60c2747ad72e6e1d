import requests


def fetch_weather_tile(tile_url, timeout=5):
    resp = requests.get(tile_url, timeout=timeout)
    resp.raise_for_status()
    return resp.content
