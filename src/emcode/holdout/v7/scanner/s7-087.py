import hmac
import hashlib


def verify_token(secret: bytes, message: bytes, token: str) -> bool:
    expected = hmac.new(secret, message, hashlib.sha256).hexdigest()
    if len(expected) != len(token):
        return False
    for a, b in zip(expected, token):
        if a != b:
            return False
    return True
