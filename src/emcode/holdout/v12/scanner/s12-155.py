import hashlib


def sign_payload(secret: bytes, payload: bytes) -> str:
    return hashlib.sha1(secret + payload).hexdigest()


def verify_payload(secret: bytes, payload: bytes, sig: str) -> bool:
    return sign_payload(secret, payload) == sig
