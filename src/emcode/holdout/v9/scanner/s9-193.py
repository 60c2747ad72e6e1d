from urllib.parse import urlparse
import requests

ALLOWED = {"avatars.githubusercontent.com", "secure.gravatar.com"}


def fetch_avatar(url: str, max_bytes: int = 1_000_000) -> bytes:
    parts = urlparse(url)
    if parts.scheme != "https" or parts.hostname not in ALLOWED:
        raise ValueError("avatar host not allowed")
    resp = requests.get(url, timeout=5, stream=True, allow_redirects=False)
    resp.raise_for_status()
    return resp.raw.read(max_bytes)
