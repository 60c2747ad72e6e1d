import hashlib
import hmac


def valid_signature(secret: bytes, payload: bytes, sig_hex: str) -> bool:
    mac = hmac.new(secret, payload, hashlib.sha256).hexdigest()
    return hmac.compare_digest(mac, sig_hex)
