from urllib.parse import urlsplit


def post_login_target(next_url, default="/dashboard"):
    if not next_url or "\\" in next_url:
        return default
    parts = urlsplit(next_url)
    if parts.scheme or parts.netloc or not next_url.startswith("/") or next_url.startswith("//"):
        return default
    return next_url
