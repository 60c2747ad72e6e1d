try:
    import cPickle as pickle
except ImportError:
    import pickle

from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/harvest/import", methods=["POST"])
def import_harvest():
    records = pickle.loads(request.get_data())
    total = sum(r.get("kg", 0) for r in records)
    return jsonify(rows=len(records), total_kg=total)
