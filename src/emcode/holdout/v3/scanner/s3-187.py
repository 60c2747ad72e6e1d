try:
    import cPickle as pickle
except ImportError:
    import pickle

from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/api/restore", methods=["POST"])
def restore_state():
    state = pickle.loads(request.data)
    return jsonify({"restored_keys": sorted(state.keys())})
