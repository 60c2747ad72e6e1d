from urllib.parse import urlparse


def allowed(url: str) -> bool:
    """Is url on one of our domains?"""
    host = urlparse(url).hostname or ""
    return host.endswith("example.org")
