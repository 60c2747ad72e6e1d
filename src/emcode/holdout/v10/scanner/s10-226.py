from urllib.parse import urlparse


def is_trusted_url(url: str) -> bool:
    host = urlparse(url).netloc
    return host.endswith("trusted.com")
