from urllib.parse import urlparse

PARENT = "example.org"


def allowed(url: str) -> bool:
    """Is url on example.org or one of its subdomains?"""
    host = (urlparse(url).hostname or "").rstrip(".")
    return host == PARENT or host.endswith("." + PARENT)
