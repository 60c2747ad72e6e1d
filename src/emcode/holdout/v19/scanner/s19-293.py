from urllib.parse import urlparse


def allowed_callback(url: str) -> bool:
    p = urlparse(url)
    return (p.scheme, p.hostname, p.port) == ("https", "trusted.io", None)
