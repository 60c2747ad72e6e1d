import pickle as serializer

import redis
from flask import Flask, request

app = Flask(__name__)
cache = redis.Redis()


@app.post("/jobs/resume")
def resume_job():
    payload = request.get_data()
    job = serializer.loads(payload)
    cache.set(f"job:{job['id']}", payload)
    return {"resumed": job["id"]}
