import hashlib


def sign(data: bytes, secret: bytes) -> str:
    return hashlib.sha1(secret + data).hexdigest()
