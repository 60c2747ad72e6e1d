import urllib.request
import json


def region_timetable(region, route):
    url = f"http://{region}.buses.internal/api/timetable/{route}"
    with urllib.request.urlopen(url, timeout=5) as r:
        return json.load(r)
