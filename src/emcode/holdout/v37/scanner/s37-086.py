from urllib.parse import urlsplit

INTERNAL = {"housekeeping.grandhotel.com", "ops.grandhotel.com"}


def is_internal_link(url):
    parts = urlsplit(url)
    return parts.scheme == "https" and parts.hostname in INTERNAL
