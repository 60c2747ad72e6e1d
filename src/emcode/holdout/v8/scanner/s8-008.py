try:
    import cPickle as pickle
except ImportError:
    import pickle

from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/api/model/restore", methods=["POST"])
def restore_state():
    """Restore a saved sensor-calibration object sent by the device."""
    blob = request.get_data()
    state = pickle.loads(blob)
    return jsonify({"restored": True, "keys": sorted(getattr(state, "__dict__", {}).keys())})
