import hashlib
import hmac


def check_signature(body: bytes, signature: str, key: bytes) -> bool:
    digest = hmac.new(key, body, hashlib.sha256).hexdigest()
    if digest != signature:
        return False
    return True
