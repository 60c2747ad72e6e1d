from urllib.parse import urlparse


def is_allowed_callback(url):
    host = urlparse(url).netloc
    return host.endswith("example.com")
