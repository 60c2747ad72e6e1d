import hashlib
import json


def curve_cache_key(bean, profile):
    blob = json.dumps({"bean": bean, "profile": profile}, sort_keys=True).encode()
    return "curve:" + hashlib.md5(blob, usedforsecurity=False).hexdigest()
