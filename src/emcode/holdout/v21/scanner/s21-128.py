import msgpack
import redis


class JobQueue:
    def __init__(self, url="redis://localhost:6379/0", name="jobs"):
        self.r = redis.Redis.from_url(url)
        self.name = name

    def push(self, task: str, args: list):
        self.r.rpush(self.name, msgpack.packb({"task": task, "args": args}))

    def pop(self, timeout=5):
        item = self.r.blpop(self.name, timeout=timeout)
        if item is None:
            return None
        msg = msgpack.unpackb(item[1], raw=False, strict_map_key=True)
        return str(msg["task"]), list(msg["args"])
