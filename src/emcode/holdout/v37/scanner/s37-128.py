from urllib.parse import urlparse


def is_trusted_callback(url):
    parts = urlparse(url)
    host = (parts.hostname or "").lower()
    if parts.scheme != "https":
        return False
    return host == "seedvault.org" or host.endswith(".seedvault.org")
