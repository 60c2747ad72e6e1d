import urllib.request
import json


def get_weather(region, city):
    url = f"http://{region}.weather-api.internal/v2/current?city={city}"
    with urllib.request.urlopen(url, timeout=5) as resp:
        return json.load(resp)
