import json

def from_cache_blob(blob: bytes):
    return json.loads(blob.decode("utf-8"))
