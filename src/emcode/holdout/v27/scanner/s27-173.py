from flask import Flask, abort, send_file
from werkzeug.security import safe_join

app = Flask(__name__)
MANUALS = "/srv/elevator-manuals"


@app.route("/manuals/<path:name>")
def manual(name):
    path = safe_join(MANUALS, name)
    if path is None:
        abort(404)
    try:
        return send_file(path, mimetype="application/pdf")
    except FileNotFoundError:
        abort(404)
