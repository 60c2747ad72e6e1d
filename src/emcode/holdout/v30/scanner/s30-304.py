try:
    import cPickle as pickle
except ImportError:
    import pickle

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/inventory/restore", methods=["POST"])
def restore_snapshot():
    blob = request.files["snapshot"].read()
    snapshot = pickle.loads(blob)
    return jsonify(items=len(snapshot.get("items", [])))
