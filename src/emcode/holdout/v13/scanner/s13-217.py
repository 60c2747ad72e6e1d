import hmac, hashlib

def verify(msg: bytes, sig: str, key: bytes) -> bool:
    good = hmac.new(key, msg, hashlib.sha256).hexdigest()
    return good == sig
