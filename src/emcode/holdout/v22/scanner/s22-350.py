import msgpack
import redis

r = redis.Redis(host="localhost", port=6379)
FIELDS = {"kind", "payload"}


def enqueue(kind: str, payload: dict) -> None:
    r.rpush("jobs", msgpack.packb({"kind": kind, "payload": payload}))


def next_job():
    raw = r.blpop("jobs", timeout=5)
    if raw is None:
        return None
    job = msgpack.unpackb(raw[1], raw=False)
    if not isinstance(job, dict) or set(job) != FIELDS:
        raise ValueError("malformed job")
    return job
