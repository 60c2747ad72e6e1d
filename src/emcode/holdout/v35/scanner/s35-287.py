import hashlib
import hmac
import os

import msgpack
from flask import Flask, abort, jsonify, request

app = Flask(__name__)
SYNC_KEY = os.environ["STOCK_SYNC_KEY"].encode()
STOCK = {}


@app.post("/stock/sync")
def stock_sync():
    body = request.get_data()
    sig = request.headers.get("X-Signature", "")
    if not hmac.compare_digest(hmac.new(SYNC_KEY, body, hashlib.sha256).hexdigest(), sig):
        abort(401)
    try:
        items = msgpack.unpackb(body, raw=False, max_bin_len=0, max_array_len=10000)
    except (msgpack.ExtraData, msgpack.FormatError, ValueError):
        return jsonify(error="bad payload"), 400
    n = 0
    for item in items:
        if isinstance(item, dict) and isinstance(item.get("sku"), str) and isinstance(item.get("qty"), int):
            STOCK[item["sku"]] = item["qty"]
            n += 1
    return jsonify(updated=n)
