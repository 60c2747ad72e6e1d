from urllib.parse import urlsplit

TRUSTED = {"ferrylines.com", "www.ferrylines.com", "book.ferrylines.com"}


def is_trusted_origin(origin):
    parts = urlsplit(origin)
    return parts.scheme == "https" and parts.hostname in TRUSTED and parts.port in (None, 443)
