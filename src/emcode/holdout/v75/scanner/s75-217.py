from urllib.parse import urlsplit

import requests

ALLOWED_HOSTS = {"images.museum-archive.org", "iiif.museum-archive.org"}


def fetch_scan(url):
    parts = urlsplit(url)
    if parts.scheme != "https" or parts.hostname not in ALLOWED_HOSTS:
        raise ValueError("scan must come from the archive image servers")
    resp = requests.get(url, timeout=20, allow_redirects=False)
    resp.raise_for_status()
    return resp.content
