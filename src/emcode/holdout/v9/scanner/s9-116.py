import json
import redis

r = redis.Redis(host="localhost", port=6379)


def worker():
    pubsub = r.pubsub()
    pubsub.subscribe("jobs")
    for msg in pubsub.listen():
        if msg["type"] != "message":
            continue
        try:
            job = json.loads(msg["data"])
        except (ValueError, TypeError):
            continue
        name = job.get("name") if isinstance(job, dict) else None
        if isinstance(name, str):
            print("running", name[:80])
