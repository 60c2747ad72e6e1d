from urllib.parse import urlparse


def is_trusted(url):
    parts = urlparse(url)
    host = (parts.hostname or "").lower()
    return parts.scheme == "https" and (host == "rinkbook.org" or host.endswith(".rinkbook.org"))
