import hashlib
import hmac


def valid_signature(secret: bytes, body: bytes, sig: str) -> bool:
    mac = hmac.new(secret, body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(mac, sig)
