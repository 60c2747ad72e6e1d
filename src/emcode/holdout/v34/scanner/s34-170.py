import json

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/telemetry/batch", methods=["POST"])
def ingest_batch():
    try:
        readings = json.loads(request.get_data())
    except ValueError:
        return jsonify({"error": "body must be JSON"}), 400
    if not isinstance(readings, list):
        return jsonify({"error": "expected a list"}), 400
    total_kwh = sum(float(r.get("kwh", 0)) for r in readings if isinstance(r, dict))
    return jsonify({"count": len(readings), "kwh": total_kwh})
