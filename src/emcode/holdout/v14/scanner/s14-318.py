import re
from urllib.parse import urlparse

ALLOWED_HOSTS = ["cdn.example.com", "img.example.com"]
HOST_PATTERN = re.compile("|".join(re.escape(h) for h in ALLOWED_HOSTS))


def may_embed(url: str) -> bool:
    p = urlparse(url)
    return p.scheme == "https" and HOST_PATTERN.fullmatch(p.hostname or "") is not None
