import hashlib
import hmac
import pickle


def dump_signed(obj, key: bytes) -> bytes:
    data = pickle.dumps(obj)
    return hmac.new(key, data, hashlib.sha256).digest() + data


def load_signed(blob: bytes, key: bytes):
    mac, data = blob[:32], blob[32:]
    if not hmac.compare_digest(mac, hmac.new(key, data, hashlib.sha256).digest()):
        raise ValueError("bad signature")
    return pickle.loads(data)
