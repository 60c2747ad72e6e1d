import hashlib
import hmac
import pickle

def load_signed(key: bytes, blob: bytes):
    mac, payload = blob[:32], blob[32:]
    if not hmac.compare_digest(mac, hmac.new(key, payload, hashlib.sha256).digest()):
        raise ValueError("bad signature")
    return pickle.loads(payload)
