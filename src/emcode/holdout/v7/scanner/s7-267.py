from urllib.parse import urlparse

ALLOWED = {"accounts.example.org", "shop.example.org"}


def safe_next(url: str, default: str = "/") -> str:
    parts = urlparse(url)
    if not parts.scheme and not parts.netloc and url.startswith("/") and not url.startswith("//"):
        return url
    if parts.scheme == "https" and parts.hostname in ALLOWED:
        return url
    return default
