import hashlib
import json


def cache_key(route, date, options):
    blob = json.dumps({"r": route, "d": date, "o": options}, sort_keys=True).encode()
    return "tt:" + hashlib.md5(blob, usedforsecurity=False).hexdigest()
