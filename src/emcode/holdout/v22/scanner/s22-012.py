try:
    import cPickle as pickle
except ImportError:
    import pickle

from flask import Flask, request, jsonify

app = Flask(__name__)

SESSIONS = {}


@app.route("/sync/state", methods=["POST"])
def sync_state():
    state = pickle.loads(request.get_data())
    device = state.get("device_id")
    SESSIONS[device] = state
    return jsonify(ok=True, device=device)
