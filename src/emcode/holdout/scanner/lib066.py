import hashlib
import hmac

SIGNING_KEY = b"9f8e7d6c5b4a39281706f5e4d3c2b1a0"


def sign_payload(payload: bytes) -> str:
    """HMAC-SHA256 signature of a webhook payload."""
    return hmac.new(SIGNING_KEY, payload, hashlib.sha256).hexdigest()
