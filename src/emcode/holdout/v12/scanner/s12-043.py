import json
import redis

r = redis.Redis(host="localhost", port=6379, db=0)


def resize(job):
    return {"ok": True, "size": [int(job["w"]) // 2, int(job["h"]) // 2]}


def ping(_job):
    return {"ok": True}


HANDLERS = {"resize": resize, "ping": ping}


def run_forever():
    while True:
        _key, raw = r.blpop("jobs")
        job = json.loads(raw)
        handler = HANDLERS.get(job.get("kind"))
        result = handler(job) if handler else {"ok": False, "error": "unknown kind"}
        r.rpush("results", json.dumps({"id": job.get("id"), **result}))


if __name__ == "__main__":
    run_forever()
