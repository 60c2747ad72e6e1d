from urllib.parse import urlparse

import requests

AVATAR_HOSTS = {"avatars.githubusercontent.com", "www.gravatar.com"}


def fetch_avatar(url, max_bytes=1_000_000):
    """Download a user's avatar image from an allowed avatar host."""
    parts = urlparse(url)
    if parts.scheme != "https" or parts.hostname not in AVATAR_HOSTS:
        raise ValueError("avatar host not allowed")
    resp = requests.get(url, timeout=5, stream=True, allow_redirects=False)
    resp.raise_for_status()
    data = resp.raw.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise ValueError("avatar too large")
    return data
