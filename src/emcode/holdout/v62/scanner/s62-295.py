from urllib.parse import quote

import requests

SENSOR_GATEWAY = "https://sensors.orchard.internal"


def fetch_sensor_reading(sensor_id):
    if not str(sensor_id).isdigit():
        raise ValueError("sensor id must be numeric")
    url = f"{SENSOR_GATEWAY}/api/moisture/{quote(str(sensor_id))}"
    resp = requests.get(url, timeout=5)
    resp.raise_for_status()
    return resp.json()["value"]
