import hashlib
import hmac
import json


def restore_session(data: bytes, key: bytes) -> dict:
    sig, payload = data[:32], data[32:]
    if not hmac.compare_digest(sig, hmac.new(key, payload, hashlib.sha256).digest()):
        raise ValueError("bad session signature")
    return json.loads(payload)
