from urllib.parse import urlparse

ALLOWED = {"tides.example.org", "met.example.org"}


def may_fetch(url):
    p = urlparse(url)
    return p.scheme == "https" and p.hostname in ALLOWED and p.username is None
