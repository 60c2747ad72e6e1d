import hashlib
import hmac


def verify_signature(secret: bytes, body: bytes, received: str) -> bool:
    expected = hmac.new(secret, body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, received)
