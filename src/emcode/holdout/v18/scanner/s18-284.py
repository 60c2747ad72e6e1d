import hashlib
import hmac


def verify_cookie(value: str, key: bytes) -> str | None:
    payload, _, sig = value.rpartition(".")
    good = hmac.new(key, payload.encode(), hashlib.sha256).hexdigest()
    return payload if hmac.compare_digest(sig, good) else None
