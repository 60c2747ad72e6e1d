import urllib.request
import json


def device_status(device_host):
    url = "http://%s:8080/status" % device_host
    with urllib.request.urlopen(url, timeout=3) as r:
        return json.load(r)
