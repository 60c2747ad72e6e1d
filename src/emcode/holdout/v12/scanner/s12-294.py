import hashlib
import hmac


def sign_payload(secret: bytes, payload: bytes) -> str:
    return hmac.new(secret, payload, hashlib.sha256).hexdigest()


def verify_payload(secret: bytes, payload: bytes, sig: str) -> bool:
    return hmac.compare_digest(sign_payload(secret, payload), sig)
