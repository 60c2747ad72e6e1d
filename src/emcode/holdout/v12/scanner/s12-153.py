from urllib.parse import urlparse


def next_url(target, default="/"):
    if not target or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return default
    parts = urlparse(target)
    if parts.scheme or parts.netloc:
        return default
    return target
