from urllib.parse import urlparse
import requests

AVATAR_HOSTS = {"avatars.githubusercontent.com", "secure.gravatar.com"}


def fetch_avatar(avatar_url, max_bytes=1_000_000):
    parsed = urlparse(avatar_url)
    if parsed.scheme != "https" or parsed.hostname not in AVATAR_HOSTS:
        raise ValueError("avatar host not allowed")
    resp = requests.get(avatar_url, timeout=5, allow_redirects=False)
    resp.raise_for_status()
    return resp.content[:max_bytes]
