import hashlib
import json


def cache_key(endpoint: str, params: dict) -> str:
    blob = json.dumps([endpoint, params], sort_keys=True).encode()
    return hashlib.md5(blob, usedforsecurity=False).hexdigest()
