from urllib.parse import urlparse


def is_trusted_origin(origin):
    host = urlparse(origin).hostname or ""
    return host.endswith("smileworks.example")
