import hashlib
import hmac


def verify(message: bytes, signature: str, key: bytes) -> bool:
    expected = hmac.new(key, message, hashlib.sha256).hexdigest()
    if len(expected) != len(signature):
        return False
    for a, b in zip(expected, signature):
        if a != b:
            return False
    return True
