import hashlib
import hmac
import json


def decode_message(key: bytes, blob: bytes) -> dict:
    sig, payload = blob[:32], blob[32:]
    if not hmac.compare_digest(sig, hmac.new(key, payload, hashlib.sha256).digest()):
        raise ValueError("bad signature")
    return json.loads(payload)
