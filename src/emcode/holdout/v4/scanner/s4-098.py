import hashlib


def sign(secret: bytes, message: bytes) -> str:
    return hashlib.sha1(secret + message).hexdigest()
