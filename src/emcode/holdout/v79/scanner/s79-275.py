from urllib.parse import urlparse


def is_internal_mirror(url):
    host = urlparse(url).hostname or ""
    return host.startswith("mirror.foodbank")
