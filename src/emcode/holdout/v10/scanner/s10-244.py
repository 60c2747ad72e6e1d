import hashlib
import hmac
import secrets


def verify(message: bytes, signature: str, key: bytes) -> bool:
    good = hmac.new(key, message, hashlib.sha256).hexdigest()
    return secrets.compare_digest(good, signature)
