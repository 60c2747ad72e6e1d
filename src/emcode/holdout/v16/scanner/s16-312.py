from urllib.parse import urlsplit

ALLOWED = frozenset({"api.example.com", "auth.example.com"})


def check_endpoint(url: str) -> str:
    parts = urlsplit(url)
    if parts.scheme != "https" or parts.hostname not in ALLOWED:
        raise ValueError("endpoint not allowed")
    return url
