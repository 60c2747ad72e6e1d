import _pickle
import redis

r = redis.Redis(host="queue.internal", port=6379)


def worker():
    while True:
        _, raw = r.blpop("refill-jobs")
        job = _pickle.loads(raw)
        print("processing refill", job["rx"], "for", job["patient"])


if __name__ == "__main__":
    worker()
