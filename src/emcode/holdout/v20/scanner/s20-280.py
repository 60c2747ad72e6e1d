from urllib.parse import urlsplit

TRUSTED = {"cdn.acme.io", "static.acme.io"}


def can_embed(url: str) -> bool:
    parts = urlsplit(url)
    return parts.scheme == "https" and parts.hostname in TRUSTED
