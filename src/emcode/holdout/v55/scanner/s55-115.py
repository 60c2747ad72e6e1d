from urllib.parse import urlsplit


def is_local_redirect(target, allowed_host):
    if target.startswith("/") and not target.startswith("//") and "\\" not in target:
        return True
    parts = urlsplit(target)
    return parts.scheme in ("http", "https") and parts.hostname == allowed_host
