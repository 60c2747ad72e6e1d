from urllib.parse import urlparse

TRUSTED_DOMAIN = "example.com"

def is_trusted_callback(url: str) -> bool:
    parts = urlparse(url)
    host = (parts.hostname or "").lower()
    if parts.scheme != "https":
        return False
    return host == TRUSTED_DOMAIN or host.endswith("." + TRUSTED_DOMAIN)
