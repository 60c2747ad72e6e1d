from urllib.parse import urlparse

TRUSTED = ("cdn.example.com", "img.example.com")


def trusted_asset(url: str) -> bool:
    p = urlparse(url)
    return p.scheme == "https" and p.hostname in TRUSTED
