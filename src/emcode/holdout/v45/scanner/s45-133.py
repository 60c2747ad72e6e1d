from urllib.parse import urlparse

import requests

PHOTO_HOSTS = {"images.gardenshare.example", "cdn.gardenshare.example"}


def fetch_plot_photo(photo_url, max_bytes=5_000_000):
    parts = urlparse(photo_url)
    if parts.scheme != "https" or parts.hostname not in PHOTO_HOSTS:
        raise ValueError("photo must come from the garden image host")
    resp = requests.get(photo_url, timeout=10, allow_redirects=False)
    resp.raise_for_status()
    if len(resp.content) > max_bytes:
        raise ValueError("photo too large")
    return resp.content
