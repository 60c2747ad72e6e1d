from urllib.parse import urlparse

TRUSTED = "trusted.com"


def is_trusted_url(url):
    parts = urlparse(url)
    host = (parts.hostname or "").lower()
    return parts.scheme == "https" and (host == TRUSTED or host.endswith("." + TRUSTED))
