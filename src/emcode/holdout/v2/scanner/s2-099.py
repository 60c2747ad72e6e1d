import hashlib


def cache_key(url: str) -> str:
    """File name under which a downloaded URL is cached."""
    return hashlib.sha1(url.encode("utf-8"), usedforsecurity=False).hexdigest() + ".bin"
