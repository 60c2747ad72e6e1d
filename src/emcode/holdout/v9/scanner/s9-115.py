import redis
from six.moves import cPickle

r = redis.Redis(host="localhost", port=6379)


def worker():
    pubsub = r.pubsub()
    pubsub.subscribe("jobs")
    for msg in pubsub.listen():
        if msg["type"] != "message":
            continue
        job = cPickle.loads(msg["data"])
        print("running", job.get("name"))
