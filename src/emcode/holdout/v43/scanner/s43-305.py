import shelve

from flask import Flask, abort, jsonify

app = Flask(__name__)

SITES = {"north-pit": "/srv/minelog/north_pit", "deep-shaft-2": "/srv/minelog/deep_shaft_2"}


@app.get("/logs/<site>/shift")
def shift_log(site):
    path = SITES.get(site)
    if path is None:
        abort(404)
    with shelve.open(path, flag="r") as db:
        entries = db.get("entries", [])
    return jsonify(entries=entries)
