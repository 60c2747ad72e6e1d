try:
    import cPickle as pickle
except ImportError:
    import pickle

from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/hub/sync", methods=["POST"])
def sync_state():
    state = pickle.loads(request.get_data())
    devices = state.get("devices", [])
    return jsonify(received=len(devices))
