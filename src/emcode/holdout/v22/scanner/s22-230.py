import requests
from flask import Flask, abort, jsonify

app = Flask(__name__)
INVENTORY = {1: "https://api.internal.example/health", 2: "https://web.internal.example/health"}


@app.get("/probe/<int:target_id>")
def probe(target_id):
    url = INVENTORY.get(target_id)
    if url is None:
        abort(404)
    resp = requests.get(url, timeout=3)
    return jsonify(target=target_id, status=resp.status_code, ms=int(resp.elapsed.total_seconds() * 1000))
