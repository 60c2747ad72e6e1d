from urllib.parse import urlparse


def is_trusted(url):
    host = urlparse(url).netloc
    return host.endswith("example.com")
