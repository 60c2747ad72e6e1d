import urllib.request
from urllib.parse import urlsplit

AVATAR_HOSTS = {"avatars.githubusercontent.com", "secure.gravatar.com"}


def fetch_avatar(avatar_url: str, max_bytes: int = 1_000_000) -> bytes:
    parts = urlsplit(avatar_url)
    if parts.scheme != "https" or parts.hostname not in AVATAR_HOSTS:
        raise ValueError("avatar host not allowed")
    with urllib.request.urlopen(avatar_url, timeout=10) as resp:
        return resp.read(max_bytes)
