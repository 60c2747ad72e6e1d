import hashlib
import hmac


def verify_webhook(secret: bytes, body: bytes, signature: str) -> bool:
    mac = hmac.new(secret, body, hashlib.sha256).hexdigest()
    if mac != signature:
        return False
    return True
