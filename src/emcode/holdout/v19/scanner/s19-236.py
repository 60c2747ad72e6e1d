from urllib.parse import urlparse


def is_trusted(url):
    return urlparse(url).netloc.endswith("example.com")
