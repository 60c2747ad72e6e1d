import base64
import pickle

from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/meters/batch", methods=["POST"])
def batch():
    readings = pickle.loads(base64.b64decode(request.data))
    total = 0.0
    for r in readings:
        total += r["litres"]
    return jsonify({"count": len(readings), "total_litres": round(to