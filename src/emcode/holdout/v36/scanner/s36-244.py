from urllib.parse import urlparse

TRUSTED = "smileworks.example"


def is_trusted_origin(origin):
    parts = urlparse(origin)
    host = (parts.hostname or "").lower()
    return parts.scheme == "https" and (host == TRUSTED or host.endswith("." + TRUSTED))
