from flask import Flask, send_from_directory, abort
from werkzeug.utils import safe_join

app = Flask(__name__)
DOCS = "/srv/docs"

@app.route("/docs/<path:name>")
def doc(name):
    if safe_join(DOCS, name) is None:
        abort(404)
    return send_from_directory(DOCS, name)
