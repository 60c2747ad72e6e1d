from urllib.parse import urlparse

DOMAIN = "example.com"


def is_trusted(url: str) -> bool:
    p = urlparse(url)
    host = (p.hostname or "").rstrip(".").lower()
    return p.scheme == "https" and (host == DOMAIN or host.endswith("." + DOMAIN))
