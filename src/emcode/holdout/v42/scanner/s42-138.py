import shelve

from flask import Flask, request, jsonify

app = Flask(__name__)


@app.get("/cache/lookup")
def cache_lookup():
    db_name = request.args["db"]
    key = request.args["key"]
    with shelve.open(db_name) as db:
        value = db.get(key)
    return jsonify(key=key, found=value is not None)
