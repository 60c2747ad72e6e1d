import hashlib
import hmac


def verify_webhook(secret: bytes, body: bytes, signature: str) -> bool:
    return hmac.new(secret, body, hashlib.sha256).hexdigest() == signature
