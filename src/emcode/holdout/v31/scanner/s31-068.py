import hashlib
import json


def listing_cache_key(filters):
    blob = json.dumps(filters, sort_keys=True).encode()
    return "listings:" + hashlib.md5(blob, usedforsecurity=False).hexdigest()
