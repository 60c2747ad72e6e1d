import requests


def fetch_feed(feed_url, timeout=15):
    resp = requests.get(feed_url, timeout=timeout)
    resp.raise_for_status()
    return resp.text
