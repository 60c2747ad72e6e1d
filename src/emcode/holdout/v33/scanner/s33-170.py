import urllib.request
from urllib.parse import urlparse

ALLOWED = frozenset({"cdn.weddingvendors.example", "images.weddingvendors.example"})


def fetch_logo(url, max_bytes=500_000):
    u = urlparse(url)
    if u.scheme != "https" or u.hostname not in ALLOWED:
        raise ValueError("logo host not allowed")
    with urllib.request.urlopen(url, timeout=5) as resp:
        return resp.read(max_bytes)
