from urllib.parse import urlparse


def resolve_next(next_url, default="/"):
    if not next_url or not next_url.startswith("/") or next_url.startswith("//") or "\\" in next_url:
        return default
    if urlparse(next_url).netloc:
        return default
    return next_url
