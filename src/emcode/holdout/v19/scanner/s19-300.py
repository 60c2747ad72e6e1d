import hashlib
import hmac


def token_fingerprint(token: str, key: bytes) -> str:
    return hmac.new(key, token.encode(), hashlib.sha256).hexdigest()
