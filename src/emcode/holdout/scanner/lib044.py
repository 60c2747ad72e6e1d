import re
from urllib.parse import urlparse


def is_allowed_url(url: str, domain: str = "api.example.com") -> bool:
    """Whether url points at our API host."""
    pattern = re.compile(domain)
    return bool(pattern.match(urlparse(url).netloc))
