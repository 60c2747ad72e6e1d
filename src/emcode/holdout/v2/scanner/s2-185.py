import hashlib
import hmac


def sign(key: bytes, body: bytes) -> str:
    """Signature header value for an outgoing webhook body."""
    return hmac.new(key, body, hashlib.sha256).hexdigest()


def verify(key: bytes, body: bytes, signature: str) -> bool:
    """True when signature is the signature of body under key."""
    return hmac.compare_digest(sign(key, body), signature)
