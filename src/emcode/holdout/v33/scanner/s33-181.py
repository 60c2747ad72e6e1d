from urllib.parse import urlparse


def is_trusted_mirror(url):
    host = urlparse(url).hostname or ""
    return host.endswith("pkgmirror.org")
