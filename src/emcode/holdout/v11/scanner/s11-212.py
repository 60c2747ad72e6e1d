import hashlib


def sign_document(key: bytes, body: bytes) -> str:
    return hashlib.md5(key + body).hexdigest()


def verify_document(key: bytes, body: bytes, sig: str) -> bool:
    return sign_document(key, body) == sig
