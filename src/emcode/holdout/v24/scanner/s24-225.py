import hashlib
import hmac
import json

def load_session(blob: bytes, key: bytes) -> dict:
    sig, _, payload = blob.partition(b".")
    expected = hmac.new(key, payload, hashlib.sha256).hexdigest().encode()
    if not hmac.compare_digest(sig, expected):
        raise ValueError("bad session signature")
    return json.loads(payload)
