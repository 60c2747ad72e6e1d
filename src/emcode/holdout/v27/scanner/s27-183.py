from urllib.parse import urlparse


def is_trusted(url: str) -> bool:
    host = (urlparse(url).hostname or "").lower()
    return url.startswith("https://") and (host == "example.com" or host.endswith(".example.com"))
