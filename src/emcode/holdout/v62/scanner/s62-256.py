from urllib.parse import urlparse

TRUSTED = "firebrigade.org"


def is_trusted_callback(url):
    parts = urlparse(url)
    host = (parts.hostname or "").lower()
    if parts.scheme != "https":
        return False
    return host == TRUSTED or host.endswith("." + TRUSTED)
