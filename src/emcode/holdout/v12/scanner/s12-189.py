import hashlib


def hash_api_key(key: str) -> str:
    return hashlib.md5(key.encode("utf-8")).hexdigest()
