import hashlib
import hmac

def verify(key: bytes, msg: bytes, signature: str) -> bool:
    good = hmac.new(key, msg, hashlib.sha256).hexdigest()
    return hmac.compare_digest(signature, good)
