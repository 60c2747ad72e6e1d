from urllib.parse import urlparse


def is_trusted_url(url):
    host = urlparse(url).netloc
    return host.endswith("example.com")
