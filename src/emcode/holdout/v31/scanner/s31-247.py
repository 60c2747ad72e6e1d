from urllib.parse import urlparse


def is_museum_url(url):
    parts = urlparse(url)
    host = (parts.hostname or "").lower().rstrip(".")
    return parts.scheme in ("http", "https") and (host == "museum.org" or host.endswith(".museum.org"))
