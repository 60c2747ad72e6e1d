import hashlib


def sign_payload(key: bytes, payload: bytes) -> str:
    return hashlib.md5(key + payload).hexdigest()
