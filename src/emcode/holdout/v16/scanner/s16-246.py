import json
import redis
from flask import Flask, request, jsonify

app = Flask(__name__)
cache = redis.Redis()


@app.route("/cache/<key>", methods=["PUT"])
def put(key):
    payload = request.get_json(silent=True)
    if payload is None:
        return jsonify(error="JSON body required"), 400
    cache.set(f"user-cache:{key}", json.dumps(payload), ex=3600)
    return "", 204


@app.route("/cache/<key>")
def get(key):
    blob = cache.get(f"user-cache:{key}")
    return jsonify(value=json.loads(blob) if blob else None)
