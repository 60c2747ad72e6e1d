from urllib.parse import urlparse


def is_trusted_mirror(url):
    parts = urlparse(url)
    host = (parts.hostname or "").lower()
    return parts.scheme == "https" and (host == "pkgmirror.org" or host.endswith(".pkgmirror.org"))
