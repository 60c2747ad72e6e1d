from urllib.parse import urlsplit
import urllib.request

CDN_HOSTS = frozenset({"images.example-cdn.com", "static.example.com"})


def fetch_thumbnail(image_url: str, max_bytes: int = 2_000_000) -> bytes:
    parts = urlsplit(image_url)
    if parts.scheme != "https" or parts.hostname not in CDN_HOSTS:
        raise ValueError("image host not allowed")
    with urllib.request.urlopen(image_url, timeout=10) as resp:
        return resp.read(max_bytes)
