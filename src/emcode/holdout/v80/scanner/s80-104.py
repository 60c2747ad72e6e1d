import hashlib
import json


def cache_key(station, params):
    blob = json.dumps({"s": station, "p": params}, sort_keys=True).encode()
    return "tides:" + hashlib.md5(blob, usedforsecurity=False).hexdigest()
