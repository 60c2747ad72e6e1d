import hashlib
import json
import time

_CACHE = {}


def cache_key(endpoint: str, params: dict) -> str:
    blob = json.dumps([endpoint, params], sort_keys=True).encode()
    return hashlib.md5(blob, usedforsecurity=False).hexdigest()


def cached_call(fetch, endpoint, params, ttl=60):
    key = cache_key(endpoint, params)
    hit = _CACHE.get(key)
    if hit and hit[0] > time.monotonic():
        return hit[1]
    value = fetch(endpoint, params)
    _CACHE[key] = (time.monotonic() + ttl, value)
    return value
