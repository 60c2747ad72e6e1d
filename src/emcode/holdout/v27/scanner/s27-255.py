from urllib.parse import urlsplit

CDN_HOSTS = frozenset({"cdn.trusted.org", "img.trusted.org"})


def safe_image_source(src: str) -> bool:
    parts = urlsplit(src)
    return parts.scheme == "https" and parts.hostname in CDN_HOSTS
