from urllib.parse import urlparse


def is_trusted(url: str, domain: str = "example.com") -> bool:
    parts = urlparse(url)
    host = (parts.hostname or "").lower()
    return parts.scheme == "https" and (host == domain or host.endswith("." + domain))
