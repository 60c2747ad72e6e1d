import msgpack
import redis

r = redis.Redis(host="localhost", port=6379)


def worker():
    while True:
        _key, raw = r.blpop("jobs")
        job = msgpack.unpackb(raw, raw=False)
        if not isinstance(job, dict):
            continue
        kind = job.get("kind")
        if kind == "resize":
            print("resize", job.get("path"), int(job.get("width", 0)))
        elif kind == "stop":
            break


if __name__ == "__main__":
    worker()
