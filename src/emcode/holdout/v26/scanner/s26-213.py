from urllib.parse import urlparse


def is_trusted(url):
    host = (urlparse(url).hostname or "").lower()
    return host == "example.com" or host.endswith(".example.com")
