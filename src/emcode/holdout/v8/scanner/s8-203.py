import json
import urllib.request


def get_service_health(service_host, port=8080):
    url = "http://{}:{}/health".format(service_host, port)
    with urllib.request.urlopen(url, timeout=3) as r:
        return json.load(r)
