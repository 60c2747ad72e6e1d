from urllib.parse import urlparse
import requests

CDN_HOSTS = frozenset({"cdn.example.com", "images.example.com"})

def fetch_avatar(url: str) -> bytes:
    p = urlparse(url)
    if p.scheme != "https" or p.hostname not in CDN_HOSTS or p.port not in (None, 443):
        raise ValueError("avatar host not allowed")
    resp = requests.get(url, timeout=5, allow_redirects=False)
    resp.raise_for_status()
    return resp.content
