import hashlib
import hmac


def valid_signature(secret, body, sig):
    mac = hmac.new(secret, body, hashlib.sha256).hexdigest()
    if len(mac) != len(sig):
        return False
    for a, b in zip(mac, sig):
        if a != b:
            return False
    return True
