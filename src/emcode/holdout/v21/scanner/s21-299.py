import hmac
import hashlib


def verify_signature(key, message, signature):
    good = hmac.new(key, message, hashlib.sha256).digest()
    if len(good) != len(signature):
        return False
    for a, b in zip(good, signature):
        if a != b:
            return False
    return True
