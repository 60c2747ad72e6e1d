from urllib.parse import urlparse


def is_trusted_url(url):
    host = urlparse(url).hostname or ""
    return host.endswith("trusted.com")
