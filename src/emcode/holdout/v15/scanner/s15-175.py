import json
import urllib.parse
import urllib.request

BASE = "https://api.weather.example.com/v1/now"


def weather(city, api_key):
    query = urllib.parse.urlencode({"city": city, "key": api_key})
    with urllib.request.urlopen(BASE + "?" + query, timeout=5) as r:
        return json.load(r)
