import msgpack
import redis

r = redis.Redis()

def enqueue(job: dict) -> None:
    r.rpush("jobs", msgpack.packb(job))

def dequeue() -> dict | None:
    raw = r.lpop("jobs")
    return msgpack.unpackb(raw) if raw else None
