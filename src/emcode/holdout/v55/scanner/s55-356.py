import json

from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/meters/batch", methods=["POST"])
def batch():
    readings = json.loads(request.data)
    if not isinstance(readings, list):
        return jsonify({"error": "expected a list"}), 400
    total = 0.0
    for r in readings:
        total += float(r["litres"])
    return jsonify({"count": len(readings), "total_litres": round(to