import hashlib


def sign_message(secret: bytes, message: bytes) -> str:
    return hashlib.sha1(secret + message).hexdigest()
