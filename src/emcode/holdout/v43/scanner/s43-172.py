import hashlib
import json

from flask import Flask, request, jsonify

app = Flask(__name__)
_cache = {}


def price_quote(params):
    words = int(params.get("words", 0))
    rate = 0.15 if params.get("urgent") == "1" else 0.11
    return round(words * rate, 2)


@app.get("/quote")
def quote():
    params = request.args.to_dict()
    key = hashlib.md5(json.dumps(params, sort_keys=True).encode()).hexdigest()
    if key not in _cache:
        _cache[key] = price_quote(params)
    return jsonify(price=_cache[key])
