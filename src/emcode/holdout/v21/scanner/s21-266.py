import hmac
import hashlib


def verify_signature(key, message, signature):
    good = hmac.new(key, message, hashlib.sha256).digest()
    return hmac.compare_digest(good, signature)
