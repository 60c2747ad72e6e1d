import hashlib
import hmac


def valid_signature(secret: bytes, payload: bytes, sig_hex: str) -> bool:
    mac = hmac.new(secret, payload, hashlib.sha256).hexdigest()
    if len(mac) != len(sig_hex):
        return False
    for a, b in zip(mac, sig_hex):
        if a != b:
            return False
    return True
