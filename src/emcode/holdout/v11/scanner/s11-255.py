import hashlib
import hmac


def verify_signature(secret: bytes, body: bytes, header_sig: str) -> bool:
    expected = hmac.new(secret, body, hashlib.sha256).hexdigest()
    if header_sig != expected:
        return False
    return True
