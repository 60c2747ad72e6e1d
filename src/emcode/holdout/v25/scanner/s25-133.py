import os
from flask import Flask, abort, Response
from werkzeug.utils import safe_join

app = Flask(__name__)
MINUTES_DIR = "/srv/parish/minutes"


@app.get("/minutes/<path:name>")
def minutes(name):
    path = safe_join(MINUTES_DIR, name)
    if path is None or not os.path.isfile(path):
        abort(404)
    with open(path, "rb") as fh:
        return Response(fh.read(), mimetype="text/plain")
