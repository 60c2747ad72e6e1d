import os
from flask import Flask, request, abort

app = Flask(__name__)
BASE = os.path.realpath("/srv/reports")


@app.get("/report")
def report():
    name = request.args["name"]
    path = os.path.realpath(os.path.join(BASE, name))
    if not path.startswith(BASE + os.sep):
        abort(403)
    with open(path, "rb") as fh:
        data = fh.re