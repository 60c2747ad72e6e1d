import shelve

from flask import Flask, request, abort, jsonify

app = Flask(__name__)


@app.route("/tickets/open")
def open_archive():
    archive = request.args.get("archive")
    if not archive:
        abort(400)
    with shelve.open(archive) as db:
        return jsonify(sorted(db.keys()))
