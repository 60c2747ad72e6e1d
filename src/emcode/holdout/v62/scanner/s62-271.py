import hashlib
import hmac
import os


def sign_payload(payload: bytes, key: bytes | None = None) -> str:
    key = key if key is not None else os.environb[b"BRIGADE_SIGNING_KEY"]
    return hmac.new(key, payload, hashlib.sha256).hexdigest()
