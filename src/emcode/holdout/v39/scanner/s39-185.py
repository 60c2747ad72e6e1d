import shelve

from flask import Flask, request

app = Flask(__name__)


@app.route("/cache/get")
def cache_get():
    db_path = request.args["store"]
    key = request.args["key"]
    with shelve.open(db_path) as db:
        value = db.get(key)
    return {"value": value}
