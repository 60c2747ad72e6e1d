from urllib.parse import urlsplit

import requests

AVATAR_HOSTS = {"avatars.githubusercontent.com", "secure.gravatar.com"}


def fetch_avatar(url, max_bytes=2_000_000):
    parts = urlsplit(url)
    if parts.scheme != "https" or parts.hostname not in AVATAR_HOSTS:
        raise ValueError("avatar host not allowed")
    resp = requests.get(url, timeout=10, stream=True, allow_redirects=False)
    resp.raise_for_status()
    data = resp.raw.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise ValueError("avatar too large")
    return data
