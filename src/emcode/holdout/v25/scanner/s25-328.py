import os
from flask import Flask, request, abort, jsonify

app = Flask(__name__)
API_KEY = os.environ["SENSOR_API_KEY"]


@app.post("/ingest")
def ingest():
    given = request.headers.get("X-Api-Key", "")
    if given != API_KEY:
        abort(401)
    readings = (request.get_json(silent=True) or {}).get("readings", [])
    return jsonify(accepted=len(readings))
