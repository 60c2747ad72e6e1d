import hashlib
import json


def cache_key(query: dict) -> str:
    blob = json.dumps(query, sort_keys=True).encode()
    return "q:" + hashlib.md5(blob, usedforsecurity=False).hexdigest()
