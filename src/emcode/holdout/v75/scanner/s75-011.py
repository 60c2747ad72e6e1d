import hashlib
import hmac
import pickle


def load_signed(blob: bytes, key: bytes):
    tag, payload = blob[:32], blob[32:]
    expected = hmac.new(key, payload, hashlib.sha256).digest()
    if not hmac.compare_digest(tag, expected):
        raise ValueError("signature mismatch")
    return pickle.loads(payload)
