try:
    import cPickle as pickle
except ImportError:
    import pickle

from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/irrigation/schedule", methods=["PUT"])
def upload_schedule():
    blob = request.get_data()
    schedule = pickle.loads(blob)
    zones = sorted(schedule.keys())
    return jsonify({"zones": zones, "count": len(zones)})
