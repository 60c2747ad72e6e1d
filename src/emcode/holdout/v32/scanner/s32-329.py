import urllib.request
import json


def station_status(region_host, station_id):
    url = "http://%s/api/stations/%s" % (region_host, station_id)
    with urllib.request.urlopen(url, timeout=4) as r:
        return json.load(r)
