import shelve

from flask import Flask, request, jsonify

app = Flask(__name__)


@app.get("/logs/shift")
def shift_log():
    site = request.args["site"]
    with shelve.open(f"/srv/minelog/{site}") as db:
        entries = db.get("entries", [])
    return jsonify(entries=entries)
