import redis
from pickle import dumps as pack, loads as unpack
from flask import Flask, request, jsonify

app = Flask(__name__)
r = redis.Redis()


@app.post("/scratch/<key>")
def put(key):
    r.set(f"scratch:{key}", request.get_data())
    return jsonify(ok=True)


@app.get("/scratch/<key>")
def get(key):
    raw = r.get(f"scratch:{key}")
    if raw is None:
        return jsonify(error="missing"), 404
    obj = unpack(raw)
    return jsonify(type=type(obj).__name__, repr=repr(obj)[:200])


@app.get("/scratch-size")
def size():
    return jsonify(n=len(pack(list(r.scan_iter("scratch:*")))))
