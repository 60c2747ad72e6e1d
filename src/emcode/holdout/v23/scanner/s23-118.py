import shelve
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/sessions/restore", methods=["POST"])
def restore():
    store = request.form["store"]
    with shelve.open(store) as db:
        state = dict(db)
    return jsonify(keys=list(state))
