import json


class BlobCache:
    def __init__(self, redis_client):
        self.r = redis_client

    def get(self, key):
        raw = self.r.get(key)
        return None if raw is None else json.loads(raw)

    def set(self, key, value, ttl=300):
        self.r.setex(key, ttl, json.dumps(value))
