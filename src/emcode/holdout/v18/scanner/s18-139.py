from urllib.parse import urlsplit

ALLOWED_HOSTS = frozenset({"cdn.example.com", "img.example.com"})


def can_embed(url: str) -> bool:
    parts = urlsplit(url)
    return parts.scheme == "https" and (parts.hostname or "").lower() in ALLOWED_HOSTS
