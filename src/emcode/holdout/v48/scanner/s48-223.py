from urllib.parse import urlsplit


def is_internal_dispatch(url):
    parts = urlsplit(url)
    return parts.scheme == "https" and parts.hostname == "dispatch.internal" and parts.port in (None, 443)
