import hashlib
import hmac


def verify_message(key: bytes, message: bytes, tag: bytes) -> bool:
    expected = hmac.new(key, message, hashlib.sha256).digest()
    return expected == tag
