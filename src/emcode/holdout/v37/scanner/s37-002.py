import shelve

from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/housekeeping/shift")
def shift():
    store = request.args.get("store", "shifts")
    with shelve.open(store) as db:
        return jsonify(sorted(db.keys()))
