from urllib.parse import urlparse

import requests

ALLOWED_HOSTS = frozenset({"images.example.com", "avatars.example.com"})


def fetch_avatar(url: str) -> bytes:
    parts = urlparse(url)
    if parts.scheme != "https" or parts.hostname not in ALLOWED_HOSTS:
        raise ValueError(f"avatar host not allowed: {parts.hostname!r}")
    r = requests.get(url, timeout=10, allow_redirects=False)
    r.raise_for_status()
    return r.content
