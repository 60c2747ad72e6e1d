import hashlib
import hmac


def verify_token(secret: bytes, message: bytes, token: str) -> bool:
    expected = hmac.new(secret, message, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, token)
