import hashlib
import hmac

_SIGNING_KEY = b"7c1f0e9a-webhook-signing-key"


def sign(body: bytes) -> str:
    """Signature header value for an outgoing webhook body."""
    return hmac.new(_SIGNING_KEY, body, hashlib.sha256).hexdigest()
