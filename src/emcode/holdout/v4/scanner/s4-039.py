import hashlib
import hmac


def valid_cookie(value: str, key: bytes) -> bool:
    payload, _, sig = value.rpartition(".")
    good = hmac.new(key, payload.encode(), hashlib.sha256).hexdigest()
    return hmac.compare_digest(sig, good)
