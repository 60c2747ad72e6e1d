import hashlib


def sign_reading(key: bytes, payload: bytes) -> str:
    return hashlib.md5(key + payload).hexdigest()
