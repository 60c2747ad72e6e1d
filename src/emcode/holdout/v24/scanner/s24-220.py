import hashlib
import hmac

def sign(body: bytes, key: bytes) -> str:
    return hmac.new(key, body, hashlib.sha256).hexdigest()

def verify(body: bytes, key: bytes, signature: str) -> bool:
    return hmac.compare_digest(sign(body, key), signature)
