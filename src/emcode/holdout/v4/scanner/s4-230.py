from urllib.parse import urlsplit

TRUSTED = "example.com"


def is_trusted_url(url: str) -> bool:
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    return parts.scheme == "https" and (host == TRUSTED or host.endswith("." + TRUSTED))
