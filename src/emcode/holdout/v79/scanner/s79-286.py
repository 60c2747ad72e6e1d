import hashlib
import json


def cache_key(params: dict) -> str:
    blob = json.dumps(params, sort_keys=True).encode()
    return "forecast:" + hashlib.md5(blob, usedforsecurity=False).hexdigest()
