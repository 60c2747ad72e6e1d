try:
    import cPickle as pickle
except ImportError:
    import pickle

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/telemetry/batch", methods=["POST"])
def ingest_batch():
    readings = pickle.loads(request.get_data())
    total_kwh = sum(r.get("kwh", 0) for r in readings)
    return jsonify({"count": len(readings), "kwh": total_kwh})
