import hashlib


def sign_result(secret: bytes, payload: bytes) -> str:
    return hashlib.md5(secret + payload).hexdigest()


def verify_result(secret: bytes, payload: bytes, tag: str) -> bool:
    return sign_result(secret, payload) == tag
