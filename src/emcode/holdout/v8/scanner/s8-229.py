from urllib.parse import urlparse

ALLOWED = frozenset({"cdn.shop.io", "img.shop.io"})


def allowed_image(url: str) -> bool:
    parts = urlparse(url)
    return parts.scheme in ("https",) and (parts.hostname or "") in ALLOWED
