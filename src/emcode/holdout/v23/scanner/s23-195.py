from urllib.parse import urlparse

TRUSTED = "example.com"


def is_trusted_callback(url: str) -> bool:
    parts = urlparse(url)
    host = (parts.hostname or "").lower()
    return parts.scheme == "https" and (host == TRUSTED or host.endswith("." + TRUSTED))
