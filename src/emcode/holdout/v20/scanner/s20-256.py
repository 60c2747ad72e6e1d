import cPickle as pickle

from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/import", methods=["POST"])
def import_data():
    records = pickle.loads(request.files["data"].read())
    summary = {"count": len(records), "first": records[0] if records else None}
    return jsonify(summ