import os
from flask import Flask, abort, Response
from werkzeug.security import safe_join

app = Flask(__name__)
SCANS = "/srv/exams/scans"


@app.get("/scans/<path:name>")
def scan(name):
    path = safe_join(SCANS, name)
    if path is None or not os.path.isfile(path):
        abort(404)
    with open(path, "rb") as fh:
        return Response(fh.read(), mimetype="image/png")
