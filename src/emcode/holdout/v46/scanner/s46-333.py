import hashlib
import hmac
import pickle


def unpack_signed(blob, key):
    mac, payload = blob[:32], blob[32:]
    expected = hmac.new(key, payload, hashlib.sha256).digest()
    if not hmac.compare_digest(mac, expected):
        raise ValueError("bad signature")
    return pickle.loads(payload)
