import hashlib
import hmac
import pickle


def load_signed(blob: bytes, key: bytes):
    sig, data = blob[:32], blob[32:]
    if not hmac.compare_digest(sig, hmac.new(key, data, hashlib.sha256).digest()):
        raise ValueError("bad signature")
    return pickle.loads(data)


def dump_signed(obj, key: bytes) -> bytes:
    data = pickle.dumps(obj)
    return hmac.new(key, data, hashlib.sha256).digest() + data
