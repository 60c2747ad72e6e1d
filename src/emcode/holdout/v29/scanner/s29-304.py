import hmac
import os

from flask import Flask, request, abort, jsonify

app = Flask(__name__)
DEVICE_KEYS = {k: v for k, v in (item.split(":", 1) for item in os.environ["DEVICE_KEYS"].split(","))}

READINGS = []


@app.post("/ingest/<device_id>")
def ingest(device_id):
    expected = DEVICE_KEYS.get(device_id)
    supplied = request.headers.get("X-Device-Key", "")
    if expected is None or not hmac.compare_digest(supplied, expected):
        abort(401)
    payload = request.get_json(silent=True) or {}
    READINGS.append((device_id, float(payload.get("value", 0))))
    return jsonify(ok=True)
