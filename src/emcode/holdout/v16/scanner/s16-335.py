try:
    import cPickle as pickle
except ImportError:
    import pickle
import hashlib
import hmac
import os

import redis

KEY = os.environb[b"CACHE_HMAC_KEY"]
r = redis.Redis()


def put(name: str, obj) -> None:
    blob = pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL)
    tag = hmac.new(KEY, blob, hashlib.sha256).digest()
    r.set("result:" + name, tag + blob, ex=3600)


def get(name: str):
    raw = r.get("result:" + name)
    if raw is None:
        return None
    tag, blob = raw[:32], raw[32:]
    if not hmac.compare_digest(tag, hmac.new(KEY, blob, hashlib.sha256).digest()):
        raise ValueError(f"cache entry {name!r} failed integrity check")
    return pickle.loads(blob)
