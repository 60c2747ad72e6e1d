import hashlib
import json


def cache_key(endpoint, params):
    blob = json.dumps({"e": endpoint, "p": params}, sort_keys=True).encode()
    return "meterapi:" + hashlib.md5(blob).hexdigest()
