import hmac
import hashlib

def sign(key: bytes, msg: bytes) -> str:
    return hmac.new(key, msg, hashlib.md5).hexdigest()
