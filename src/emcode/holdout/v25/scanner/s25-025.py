from urllib.parse import urlsplit
import requests

AVATAR_HOSTS = frozenset({"avatars.githubusercontent.com", "secure.gravatar.com"})


def fetch_avatar(url: str) -> bytes:
    parts = urlsplit(url)
    if parts.scheme != "https" or parts.hostname not in AVATAR_HOSTS:
        raise ValueError("avatar must come from an approved https host")
    resp = requests.get(url, timeout=5, allow_redirects=False)
    resp.raise_for_status()
    return resp.content
