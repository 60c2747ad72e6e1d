from urllib.parse import urlparse


def is_trusted(url):
    host = urlparse(url).hostname or ""
    return host.endswith("guide.museum.example")
