import hashlib
import hmac
import pickle


def load_signed_snapshot(raw_bytes, key):
    mac, payload = raw_bytes[:32], raw_bytes[32:]
    expected = hmac.new(key, payload, hashlib.sha256).digest()
    if not hmac.compare_digest(mac, expected):
        raise ValueError("snapshot signature mismatch")
    return pickle.loads(payload)
