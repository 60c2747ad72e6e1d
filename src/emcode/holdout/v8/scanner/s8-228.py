from urllib.parse import urlparse


def is_trusted_url(url: str, domain: str = "example.com") -> bool:
    parts = urlparse(url)
    host = (parts.hostname or "").lower().rstrip(".")
    return parts.scheme == "https" and (host == domain or host.endswith("." + domain))
