try:
    import cPickle as pickle
except ImportError:
    import pickle

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/inventory/import", methods=["POST"])
def import_inventory():
    snapshot = pickle.loads(request.get_data())
    total = sum(item.get("qty", 0) for item in snapshot)
    return jsonify(items=len(snapshot), kegs=total)
