from urllib.parse import urlsplit

ALLOWED = {("https", "trusted.io", None)}


def allowed_callback(url: str) -> bool:
    p = urlsplit(url)
    return (p.scheme, p.hostname, p.port) in ALLOWED
