from urllib.parse import urlparse

import requests

ALLOWED = {"avatars.examplecdn.net", "images.examplecdn.net"}


def fetch_avatar(url: str) -> bytes:
    parts = urlparse(url)
    if parts.scheme != "https" or parts.hostname not in ALLOWED:
        raise ValueError("avatar host not allowed")
    resp = requests.get(url, timeout=5, allow_redirects=False)
    resp.raise_for_status()
    return resp.content
