from urllib.parse import urlparse


def is_internal_service(url):
    host = urlparse(url).hostname or ""
    return host.endswith("airport-ops.net")
