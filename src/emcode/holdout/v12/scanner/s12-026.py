import re
from urllib.parse import urlparse

ALLOWED_HOSTS = ["docs.example.com", "status.example.com", "example.com"]
HOST_RE = re.compile("|".join(re.escape(h) for h in ALLOWED_HOSTS))


def is_allowed(url: str) -> bool:
    parts = urlparse(url)
    return parts.scheme == "https" and parts.hostname is not None and HOST_RE.fullmatch(parts.hostname) is not None


def filter_links(links):
    return [u for u in links if is_allowed(u)]


if __name__ == "__main__":
    print(filter_links(["https://docs.example.com/a", "https://docs.example.com.evil.io/"]))
