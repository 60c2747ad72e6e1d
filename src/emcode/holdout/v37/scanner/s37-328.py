import hashlib
import json

from flask import Flask, jsonify, request

app = Flask(__name__)
_cache = {}


def plan_route(params):
    return {"legs": len(params.get("stops", [])), "distance_km": 12.4}


@app.post("/routes/plan")
def route():
    params = request.get_json(force=True)
    key = hashlib.md5(json.dumps(params, sort_keys=True).encode()).hexdigest()
    if key not in _cache:
        _cache[key] = plan_route(params)
    return jsonify(_cache[key])
