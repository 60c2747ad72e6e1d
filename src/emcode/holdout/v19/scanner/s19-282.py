from urllib.parse import urlparse
import requests

AVATAR_HOSTS = frozenset({"avatars.example-cdn.com"})


def fetch_avatar(url: str, max_bytes: int = 2_000_000) -> bytes:
    p = urlparse(url)
    if p.scheme != "https" or p.hostname not in AVATAR_HOSTS:
        raise ValueError("avatar host not allowed")
    r = requests.get(url, timeout=10, stream=True, allow_redirects=False)
    return r.raw.read(max_bytes)
