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
    sid = state.get("sid")
    SESSIONS[sid] = state
    return jsonify({"restored": sid})
