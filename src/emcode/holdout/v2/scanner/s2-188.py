import re


def is_trusted(url: str) -> bool:
    """True when url points at our CDN."""
    return re.match(r"https?://cdn.example.com", url) is not None
