from urllib.parse import urlparse

DOMAIN = "airport-ops.net"


def is_internal_service(url):
    host = (urlparse(url).hostname or "").lower().rstrip(".")
    return host == DOMAIN or host.endswith("." + DOMAIN)
