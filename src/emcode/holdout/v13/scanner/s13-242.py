from urllib.parse import urlparse
import requests

AVATAR_HOSTS = {"avatars.githubusercontent.com", "secure.gravatar.com"}

def fetch_avatar(url: str) -> bytes:
    p = urlparse(url)
    if p.scheme != "https" or p.hostname not in AVATAR_HOSTS:
        raise ValueError("avatar host not allowed")
    r = requests.get(url, timeout=10, allow_redirects=False)
    r.raise_for_status()
    return r.content
