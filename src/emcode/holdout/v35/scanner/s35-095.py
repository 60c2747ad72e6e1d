from urllib.parse import urlsplit

import requests

IMAGE_HOSTS = {"images.petcdn.example.com", "uploads.petcdn.example.com"}


def fetch_avatar(image_url, max_bytes=2_000_000):
    parts = urlsplit(image_url)
    if parts.scheme != "https" or parts.hostname not in IMAGE_HOSTS or parts.port not in (None, 443):
        raise ValueError("image must come from our CDN")
    resp = requests.get(image_url, timeout=10, stream=True, allow_redirects=False)
    resp.raise_for_status()
    data = resp.raw.read(max_bytes + 1, decode_content=True)
    if len(data) > max_bytes:
        raise ValueError("image too large")
    return data
