import pickle as serializer

import redis
from flask import Flask, request

app = Flask(__name__)
cache = redis.Redis(host="localhost", port=6379)


@app.route("/cache/put", methods=["POST"])
def put():
    cache.set(request.args["key"], request.get_data())
    return {"ok": True}


@app.route("/cache/get")
def get():
    blob = cache.get(request.args["key"])
    obj = serializer.loads(blob) if blob else None
    return {"value": repr(obj)}
