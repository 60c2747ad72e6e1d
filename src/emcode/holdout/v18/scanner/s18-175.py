import pickle as serializer


class BlobCache:
    def __init__(self, redis_client):
        self.r = redis_client

    def get(self, key, raw_override=None):
        raw = raw_override if raw_override is not None else self.r.get(key)
        return None if raw is None else serializer.loads(raw)
