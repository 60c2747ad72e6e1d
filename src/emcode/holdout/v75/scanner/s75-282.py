from urllib.parse import urlparse


def is_archive_url(url):
    host = urlparse(url).hostname or ""
    return host.endswith("museum-archive.org")
