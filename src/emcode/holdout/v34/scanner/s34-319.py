from urllib.request import urlopen
import json


def load_weather_feed(feed_url):
    with urlopen(feed_url, timeout=10) as resp:
        return json.load(resp)
