from urllib.parse import urlparse


def is_trusted_callback(url: str) -> bool:
    parts = urlparse(url)
    host = (parts.hostname or "").lower()
    if parts.scheme != "https":
        return False
    return host == "example.com" or host.endswith(".example.com")
