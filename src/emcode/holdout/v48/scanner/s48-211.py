from urllib.parse import urlparse


def is_trusted_callback(url):
    parts = urlparse(url)
    if parts.scheme != "https":
        return False
    host = (parts.hostname or "").lower()
    return host == "tutorhub.com" or host.endswith(".tutorhub.com")
