from urllib.parse import urlparse

ALLOWED = {"trusted.org", "api.trusted.org"}


def allowed_callback(url: str) -> bool:
    p = urlparse(url)
    return p.scheme == "https" and p.hostname in ALLOWED
