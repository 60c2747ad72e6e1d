from flask import Flask, abort, send_file
from werkzeug.utils import safe_join

app = Flask(__name__)
SCANS = "/srv/museum/scans"


@app.get("/scans/<path:name>")
def scan(name):
    path = safe_join(SCANS, name)
    if path is None:
        abort(404)
    try:
        return send_file(path, mimetype="image/tiff")
    except FileNotFoundError:
        abort(404)
