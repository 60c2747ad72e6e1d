try:
    import cPickle as pickle
except ImportError:
    import pickle

from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/api/seating/import", methods=["POST"])
def import_seating():
    blob = request.get_data()
    plan = pickle.loads(blob)
    tables = plan.get("tables", [])
    return jsonify(imported=len(tables))
