from urllib.parse import urlparse


def is_trusted_callback(url):
    host = urlparse(url).hostname or ""
    return host.endswith("firebrigade.org")
