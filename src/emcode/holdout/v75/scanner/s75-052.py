from urllib.parse import urlsplit


def origin_allowed(origin):
    return urlsplit(origin).netloc.endswith("regionbus.org")
