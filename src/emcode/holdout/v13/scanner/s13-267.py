import hashlib
import hmac

def verify(msg: bytes, sig: str, key: bytes) -> bool:
    good = hmac.new(key, msg, hashlib.sha256).hexdigest()
    return hmac.compare_digest(good, sig)
