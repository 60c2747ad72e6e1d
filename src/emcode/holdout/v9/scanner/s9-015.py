import hashlib
import hmac
import os
import pickle as pk

KEY = os.environ["CACHE_KEY"].encode()


def dump(obj) -> bytes:
    data = pk.dumps(obj)
    tag = hmac.new(KEY, data, hashlib.sha256).digest()
    return tag + data


def load(blob: bytes):
    tag, data = blob[:32], blob[32:]
    expected = hmac.new(KEY, data, hashlib.sha256).digest()
    if not hmac.compare_digest(tag, expected):
        raise ValueError("cache entry failed integrity check")
    return pk.loads(data)
