import json
import os

import redis

r = redis.Redis.from_url(os.environ.get("REDIS_URL", "redis://localhost:6379/0"))


def cache_get(key):
    raw = r.get("cache:" + key)
    return None if raw is None else json.loads(raw)


def cache_set(key, value, ttl=300):
    r.setex("cache:" + key, ttl, json.dumps(value, separators=(",", ":")))


def product(pid, loader):
    hit = cache_get(f"product:{pid}")
    if hit is None:
        hit = loader(pid)
        cache_set(f"product:{pid}", hit)
    return hit
