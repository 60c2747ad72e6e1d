from urllib.parse import urlparse

DOMAIN = "depot.example.com"


def is_trusted(url):
    parts = urlparse(url)
    host = (parts.hostname or "").lower()
    return parts.scheme == "https" and (host == DOMAIN or host.endswith("." + DOMAIN))
