import hmac
import os
from flask import Flask, request, abort, jsonify

app = Flask(__name__)
API_KEY = os.environ["SENSOR_API_KEY"]


@app.post("/ingest")
def ingest():
    given = request.headers.get("X-Api-Key", "")
    if not hmac.compare_digest(given.encode(), API_KEY.encode()):
        abort(401)
    readings = (request.get_json(silent=True) or {}).get("readings", [])
    return jsonify(accepted=len(readings))
