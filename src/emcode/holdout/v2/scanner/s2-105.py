from urllib.parse import urlsplit

OUR_HOSTS = {"example.com", "www.example.com"}


def safe_redirect_target(url: str) -> bool:
    """True when url belongs to our site (https, known host)."""
    parts = urlsplit(url)
    return parts.scheme == "https" and parts.hostname in OUR_HOSTS
