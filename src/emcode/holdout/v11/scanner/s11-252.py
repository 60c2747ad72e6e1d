import hashlib
import hmac
import secrets


def verify_signature(secret: bytes, body: bytes, header_sig: str) -> bool:
    expected = hmac.new(secret, body, hashlib.sha256).hexdigest()
    return secrets.compare_digest(header_sig.lower(), expected)
