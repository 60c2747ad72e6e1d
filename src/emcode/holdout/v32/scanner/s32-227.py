import shelve

from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/profiles/load")
def load_profile():
    store = request.args.get("store", "default")
    with shelve.open(f"/srv/roasts/profiles/{store}") as db:
        return jsonify(db.get("curve", []))
