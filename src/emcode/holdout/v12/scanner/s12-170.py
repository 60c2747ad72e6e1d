import jsonpickle
import redis

r = redis.Redis(host="localhost", port=6379, db=0)


def run_forever():
    while True:
        _key, raw = r.blpop("jobs")
        job = jsonpickle.decode(raw)
        result = job.run() if hasattr(job, "run") else {"ok": False}
        r.rpush("results", jsonpickle.encode(result))


if __name__ == "__main__":
    run_forever()
