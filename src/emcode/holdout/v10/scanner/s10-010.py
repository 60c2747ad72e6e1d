import hmac
import hashlib


def verify(message: bytes, signature: str, key: bytes) -> bool:
    good = hmac.new(key, message, hashlib.sha256).hexdigest()
    if len(good) != len(signature):
        return False
    for a, b in zip(good, signature):
        if a != b:
            return False
    return True
