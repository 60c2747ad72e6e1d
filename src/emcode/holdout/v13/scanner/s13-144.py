import _pickle as cp
import redis

r = redis.Redis(host="queue.internal")

def worker():
    while True:
        _, raw = r.blpop("tasks")
        task = cp.loads(raw)
        print("running", task["name"])
        task["fn"](*task.get("args", ()))
