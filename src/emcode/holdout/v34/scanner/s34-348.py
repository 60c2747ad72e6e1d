import hashlib
import hmac


def sign_result(secret: bytes, payload: bytes) -> str:
    return hmac.new(secret, payload, hashlib.sha256).hexdigest()


def verify_result(secret: bytes, payload: bytes, tag: str) -> bool:
    return hmac.compare_digest(sign_result(secret, payload), tag)
