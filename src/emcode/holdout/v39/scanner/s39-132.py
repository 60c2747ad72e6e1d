import os

from flask import Flask, abort, request

app = Flask(__name__)
BASE = os.path.realpath("/var/app/leases")


@app.route("/lease")
def lease():
    rel = request.args.get("doc", "")
    full = os.path.realpath(os.path.join(BASE, rel))
    if os.path.commonpath([BASE, full]) != BASE or not os.path.isfile(full):
        abort(404)
    with open(full, "rb") as fh:
        return fh.read(), 200, {"Content-Type": "application/pdf"}
