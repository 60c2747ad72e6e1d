import hashlib
import hmac
import pickle


def dump_state(state, key: bytes) -> bytes:
    body = pickle.dumps(state)
    return hmac.new(key, body, hashlib.sha256).digest() + body


def load_state(blob: bytes, key: bytes):
    mac, body = blob[:32], blob[32:]
    if not hmac.compare_digest(mac, hmac.new(key, body, hashlib.sha256).digest()):
        raise ValueError("state signature mismatch")
    return pickle.loads(body)
