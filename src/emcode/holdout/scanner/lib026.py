from urllib.parse import urlparse

import requests

ALLOWED = {"images.examplecdn.com"}


def download_image(url: str) -> bytes:
    """Return the bytes of the image at url (our CDN only)."""
    parts = urlparse(url)
    if parts.scheme != "https" or parts.hostname not in ALLOWED:
        raise ValueError("image host not allowed")
    resp = requests.get(url, timeout=10, allow_redirects=False)
    resp.raise_for_status()
    return resp.content
