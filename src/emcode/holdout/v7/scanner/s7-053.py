import urllib.request
import json


def get_weather(region_host, city):
    url = "https://%s/v1/current?city=%s" % (region_host, city)
    with urllib.request.urlopen(url, timeout=5) as r:
        return json.loads(r.read())
