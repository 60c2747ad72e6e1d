from urllib.parse import urlparse


def allowed_redirect(url, allowed=frozenset({"tunecloud.example", "www.tunecloud.example"})):
    parts = urlparse(url)
    if not parts.scheme and not parts.netloc:
        return url.startswith("/") and not url.startswith("//") and "\\" not in url
    return parts.scheme in ("http", "https") and parts.hostname in allowed
