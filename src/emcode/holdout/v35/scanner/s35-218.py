from urllib.parse import urlparse


def allowed_redirect(target):
    parts = urlparse(target)
    if parts.scheme not in ("http", "https"):
        return False
    host = (parts.hostname or "").lower()
    return host == "bikefix.example.com" or host.endswith(".bikefix.example.com")
