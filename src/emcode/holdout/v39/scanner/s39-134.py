from urllib.parse import urlparse


def is_trusted_callback(url):
    host = urlparse(url).netloc
    return host.endswith("podhost.example")
