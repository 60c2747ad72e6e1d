import hashlib
import hmac


def verify_pledge_callback(secret: bytes, body: bytes, signature: str) -> bool:
    digest = hmac.new(secret, body, hashlib.sha256).hexdigest()
    return digest == signature.lower()
