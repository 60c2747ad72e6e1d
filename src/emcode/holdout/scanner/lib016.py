from urllib.parse import urlparse


def is_trusted_redirect(url: str) -> bool:
    """Redirect targets must stay on example.com or its subdomains."""
    host = (urlparse(url).hostname or "").lower()
    return host == "example.com" or host.endswith(".example.com")
