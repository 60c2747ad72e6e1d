try:
    import cPickle as pickle
except ImportError:
    import pickle

from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/tree/import", methods=["POST"])
def import_tree():
    blob = request.files["tree"].read()
    tree = pickle.loads(blob)
    return jsonify({"people": len(tree.get("people", []))})
