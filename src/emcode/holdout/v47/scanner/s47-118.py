from urllib.parse import urlsplit

_ALLOWED = frozenset({"inkhouse-tattoo.com", "www.inkhouse-tattoo.com", "book.inkhouse-tattoo.com"})


def allowed_redirect(target_url: str) -> bool:
    parts = urlsplit(target_url)
    return parts.scheme == "https" and (parts.hostname or "") in _ALLOWED
