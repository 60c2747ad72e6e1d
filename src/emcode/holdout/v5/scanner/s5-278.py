import hashlib
import hmac
import os
import pickle

_KEY = os.environ["CACHE_HMAC_KEY"].encode()

def load_signed(blob: bytes):
    sig, payload = blob[:32], blob[32:]
    if not hmac.compare_digest(sig, hmac.new(_KEY, payload, hashlib.sha256).digest()):
        raise ValueError("bad signature")
    return pickle.loads(payload)
