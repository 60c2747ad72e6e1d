from urllib.parse import urlparse


def is_allowed_callback(url: str, domain: str = "example.com") -> bool:
    p = urlparse(url)
    host = (p.hostname or "").lower()
    return p.scheme == "https" and (host == domain or host.endswith("." + domain))
