import pickle

import redis
from flask import Flask, request

app = Flask(__name__)
r = redis.Redis()


@app.post("/stash/<key>")
def stash(key):
    r.set(f"stash:{key}", request.get_data())
    return "", 204


@app.get("/stash/<key>")
def unstash(key):
    blob = r.get(f"stash:{key}")
    if blob is None:
        return {"error": "missing"}, 404
    obj = pickle.loads(blob)
    return {"value": repr(obj)}
