import requests


def fetch_sensor_feed(feed_url, timeout=5):
    resp = requests.get(feed_url, timeout=timeout)
    resp.raise_for_status()
    return resp.json()
