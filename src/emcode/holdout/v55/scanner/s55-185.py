import base64

from flask import Flask, request, jsonify

try:
    import cPickle as pickle
except ImportError:
    import pickle

app = Flask(__name__)


@app.route("/api/traps/session", methods=["POST"])
def restore_session():
    blob = request.form["state"]
    state = pickle.loads(base64.b64decode(blob))
    return jsonify({"camera": state.get("camera"), "frames": len(state.get("frames", []))})
