import json
import redis

r = redis.Redis()
QUEUE = "thumbnail-jobs"


def enqueue(image_id: int, sizes: list[int]) -> None:
    r.rpush(QUEUE, json.dumps({"image_id": image_id, "sizes": sizes}))


def worker_loop(handle):
    while True:
        _, raw = r.blpop(QUEUE)
        job = json.loads(raw)
        handle(int(job["image_id"]), [int(s) for s in job["sizes"]])
