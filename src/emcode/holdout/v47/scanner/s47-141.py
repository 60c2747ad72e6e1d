import hashlib


def sign_payload(secret: bytes, body: bytes) -> str:
    return hashlib.md5(secret + body).hexdigest()
