import dill
import redis
from flask import Flask, request, jsonify

app = Flask(__name__)
cache = redis.Redis()


@app.route("/cache/<key>", methods=["PUT"])
def put(key):
    cache.set(key, request.get_data())
    return "", 204


@app.route("/cache/<key>")
def get(key):
    blob = cache.get(key)
    value = dill.loads(blob) if blob else None
    return jsonify(value=repr(value))
