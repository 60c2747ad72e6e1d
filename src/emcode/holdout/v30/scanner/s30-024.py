from urllib.parse import urlparse

TRUSTED = "carhire.example"


def is_trusted_callback(url):
    parts = urlparse(url)
    host = (parts.hostname or "").lower()
    return parts.scheme == "https" and (host == TRUSTED or host.endswith("." + TRUSTED))
