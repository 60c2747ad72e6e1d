from urllib.parse import urlparse


def after_login_target(next_url, default="/"):
    if not next_url or next_url.startswith("//") or "\\" in next_url:
        return default
    parts = urlparse(next_url)
    if parts.scheme or parts.netloc or not next_url.startswith("/"):
        return default
    return next_url
