import urllib.request
import json


def read_thermostat(host, path="/api/v1/state"):
    url = "http://" + host + path
    with urllib.request.urlopen(url, timeout=5) as resp:
        return json.load(resp)
