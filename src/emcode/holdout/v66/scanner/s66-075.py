import json

import redis

r = redis.Redis(host="localhost", port=6379)


def consume():
    while True:
        _, raw = r.blpop("dispatch:jobs")
        job = json.loads(raw)
        print("assign", job["id"], "to zone", job["zone"])


if __name__ == "__main__":
    consume()
