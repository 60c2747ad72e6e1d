import hmac
import hashlib


def verify_tag(key: bytes, msg: bytes, tag: bytes) -> bool:
    return hmac.compare_digest(hmac.new(key, msg, hashlib.sha256).digest(), tag)
