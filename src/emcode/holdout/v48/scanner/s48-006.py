from urllib.parse import quote

import requests

SENSOR_API = "https://sensors.hivewatch.example"


def fetch_sensor_feed(sensor_id, timeout=5):
    url = f"{SENSOR_API}/v1/sensors/{quote(str(sensor_id), safe='')}/feed"
    resp = requests.get(url, timeout=timeout)
    resp.raise_for_status()
    return resp.json()
