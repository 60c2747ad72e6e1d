from urllib.parse import urlparse

TRUSTED = ["windco.net", "grid.example"]


def trusted_host(url):
    host = urlparse(url).netloc
    return any(t in host for t in TRUSTED)
