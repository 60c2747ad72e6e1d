import json
import os

CACHE = "/tmp/observatory_cache.json"


def cached_schedule(fetch):
    if os.path.exists(CACHE):
        with open(CACHE) as fh:
            return json.load(fh)
    data = fetch()
    with open(CACHE, "w") as fh:
        json.dump(data, fh)
    return data
