import hashlib
import hmac


def sign_document(key: bytes, body: bytes) -> str:
    return hmac.new(key, body, hashlib.sha256).hexdigest()


def verify_document(key: bytes, body: bytes, sig: str) -> bool:
    return hmac.compare_digest(sign_document(key, body), sig)
