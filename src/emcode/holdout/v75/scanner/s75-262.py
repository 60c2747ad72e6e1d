from urllib.parse import urlparse

BASE = "museum-archive.org"


def is_archive_url(url):
    parts = urlparse(url)
    host = (parts.hostname or "").lower()
    return parts.scheme == "https" and (host == BASE or host.endswith("." + BASE))
