from urllib.parse import urlparse

ALLOWED = {"partner.example.org", "cdn.partner.example.org"}


def can_embed(url: str) -> bool:
    p = urlparse(url)
    return p.scheme == "https" and p.hostname in ALLOWED
