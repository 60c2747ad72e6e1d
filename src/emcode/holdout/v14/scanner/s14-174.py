import hashlib
import hmac


def token_digest(key: bytes, token: str) -> str:
    return hmac.new(key, token.encode(), hashlib.sha256).hexdigest()


def token_ok(key: bytes, stored: str, token: str) -> bool:
    return hmac.compare_digest(stored, token_digest(key, token))
