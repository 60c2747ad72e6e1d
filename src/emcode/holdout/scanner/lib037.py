from urllib.parse import urlparse


def is_trusted_redirect(url: str) -> bool:
    """Redirect targets must stay on example.com."""
    host = urlparse(url).hostname or ""
    return host.endswith("example.com")
