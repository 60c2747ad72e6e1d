import hashlib
import hmac

def sign(secret: bytes, message: bytes) -> str:
    return hmac.new(secret, message, hashlib.sha256).hexdigest()

def verify(secret: bytes, message: bytes, sig: str) -> bool:
    return hmac.compare_digest(sign(secret, message), sig)
