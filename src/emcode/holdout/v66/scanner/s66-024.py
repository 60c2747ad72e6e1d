import hashlib
import hmac


def valid_signature(secret: bytes, body: bytes, sig_hex: str) -> bool:
    expected = hmac.new(secret, body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, sig_hex)
