import shelve

from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/inspections/archive")
def open_archive():
    archive = request.args.get("archive", "default")
    with shelve.open(f"/srv/archives/{archive}") as db:
        return jsonify(sorted(db.keys()))
