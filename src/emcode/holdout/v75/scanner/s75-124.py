try:
    import cPickle as pickle
except ImportError:
    import pickle

from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/lab/import-batch", methods=["POST"])
def import_batch():
    blob = request.files["batch"].read()
    batch = pickle.loads(blob)
    accepted = [r for r in batch if r.get("analyte")]
    return jsonify(imported=len(accepted))
