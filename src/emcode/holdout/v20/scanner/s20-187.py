import json as serializer

import redis

cache = redis.Redis()


def cached_profile(user_id, loader):
    key = f"profile:{int(user_id)}"
    raw = cache.get(key)
    if raw is not None:
        return serializer.loads(raw)
    profile = loader(user_id)
    cache.setex(key, 300, serializer.dumps(profile))
    return profile
