try:
    import cPickle as pickle
except ImportError:
    import pickle

from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/records/import", methods=["POST"])
def import_record():
    record = pickle.loads(request.get_data())
    return jsonify(patient=record.get("patient"), species=record.get("species"))
