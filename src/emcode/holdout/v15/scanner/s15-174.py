import json
import urllib.request


def weather(city, api_key):
    url = "http://" + city + ".weather.internal.local/api/v1/now?key=" + api_key
    with urllib.request.urlopen(url, timeout=5) as r:
        return json.load(r)
