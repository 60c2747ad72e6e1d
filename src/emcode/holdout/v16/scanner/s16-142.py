from urllib.parse import urlparse


def is_trusted_url(url: str) -> bool:
    parts = urlparse(url)
    host = (parts.hostname or "").lower().rstrip(".")
    return parts.scheme == "https" and (host == "example.com" or host.endswith(".example.com"))
