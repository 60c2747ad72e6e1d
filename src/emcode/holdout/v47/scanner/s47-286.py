from urllib.parse import urlparse


def is_trusted_image_source(url):
    parts = urlparse(url)
    if parts.scheme not in ("http", "https"):
        return False
    host = (parts.hostname or "").lower()
    return host == "vineyardlogs.com" or host.endswith(".vineyardlogs.com")
