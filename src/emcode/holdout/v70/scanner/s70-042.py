from urllib.parse import urlparse

DOMAIN = "allotments.example.org"


def is_trusted(url):
    parts = urlparse(url)
    host = (parts.hostname or "").lower()
    return parts.scheme == "https" and (host == DOMAIN or host.endswith("." + DOMAIN))
