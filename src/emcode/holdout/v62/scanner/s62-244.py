import requests


def fetch_sensor_reading(sensor_host, sensor_id):
    url = f"http://{sensor_host}/api/moisture/{sensor_id}"
    resp = requests.get(url, timeout=5)
    resp.raise_for_status()
    return resp.json()["value"]
