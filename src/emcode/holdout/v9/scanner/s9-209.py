from urllib.parse import urlparse


def is_internal(url: str) -> bool:
    host = (urlparse(url).hostname or "").lower().rstrip(".")
    return host == "example.com" or host.endswith(".example.com")
