from urllib.parse import urlparse


def is_trusted_callback(url):
    parts = urlparse(url)
    host = (parts.hostname or "").lower()
    return parts.scheme == "https" and (host == "example.com" or host.endswith(".example.com"))
