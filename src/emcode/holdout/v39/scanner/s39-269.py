import shelve

from flask import Flask, request

app = Flask(__name__)
STORE = "/var/lib/podhost/feed_cache"


@app.route("/cache/get")
def cache_get():
    key = request.args.get("key", "")
    with shelve.open(STORE, flag="r") as db:
        value = db.get(key)
    return {"value": value}
