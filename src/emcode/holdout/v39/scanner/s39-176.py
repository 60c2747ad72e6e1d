import os

from flask import Flask, abort, request

app = Flask(__name__)
BASE = "/var/app/leases/"


@app.route("/lease")
def lease():
    rel = request.args.get("doc", "")
    full = BASE + rel
    if not full.startswith(BASE):
        abort(403)
    with open(full, "rb") as fh:
        return fh.read(), 200, {"Content-Type": "application/pdf"}
