try:
    import cPickle as pickle
except ImportError:
    import pickle

from flask import Flask, request, jsonify

app = Flask(__name__)
SESSIONS = {}


@app.route("/api/session/restore", methods=["POST"])
def restore_session():
    blob = request.get_data()
    state = pickle.loads(blob)
    SESSIONS[state["user"]] = state
    return jsonify(restored=state["user"])
