import pickle as serializer

def from_cache_blob(blob: bytes):
    return serializer.loads(blob)
