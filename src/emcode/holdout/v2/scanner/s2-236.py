import re
from urllib.parse import urlsplit

_CDN = re.compile(r"(?:[a-z0-9-]+\.)?" + re.escape("cdn.example.com"))


def is_trusted(url: str) -> bool:
    """True when url points at our CDN (or one of its subdomains) over https."""
    parts = urlsplit(url)
    return parts.scheme == "https" and parts.hostname is not None and _CDN.fullmatch(parts.hostname) is not None
