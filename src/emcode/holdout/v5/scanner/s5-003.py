import hashlib

def cache_bucket(key: str, buckets: int = 64) -> int:
    h = hashlib.md5(key.encode(), usedforsecurity=False).digest()
    return h[0] % buckets
