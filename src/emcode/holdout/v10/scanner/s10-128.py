from urllib.parse import urlparse


def is_trusted_url(url: str) -> bool:
    host = (urlparse(url).hostname or "").lower()
    return host == "trusted.com" or host.endswith(".trusted.com")
