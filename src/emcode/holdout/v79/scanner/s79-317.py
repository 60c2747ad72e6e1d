import hashlib
import hmac
import pickle


def load_signed(blob: bytes, key: bytes):
    sig, payload = blob[:32], blob[32:]
    expected = hmac.new(key, payload, hashlib.sha256).digest()
    if not hmac.compare_digest(sig, expected):
        raise ValueError("bad signature")
    return pickle.loads(payload)
