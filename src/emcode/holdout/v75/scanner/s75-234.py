import hashlib


def sign_export(key: bytes, payload: bytes) -> str:
    return hashlib.sha1(key + payload).hexdigest()
