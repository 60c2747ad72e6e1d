import pickle as serializer

import redis
from flask import Flask, request, jsonify

app = Flask(__name__)
cache = redis.Redis()


@app.route("/cache/import", methods=["POST"])
def import_cache():
    blob = request.files["dump"].read()
    entries = serializer.loads(blob)
    for k, v in entries.items():
        cache.set(k, serializer.dumps(v))
    return jsonify({"imported": len(entries)})
