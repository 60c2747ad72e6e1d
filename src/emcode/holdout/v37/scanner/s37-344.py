from flask import Flask, abort, send_file
from werkzeug.security import safe_join

app = Flask(__name__)
SCORES = "/srv/orchestra/scores"


@app.route("/scores/<path:name>")
def score(name):
    path = safe_join(SCORES, name)
    if path is None:
        abort(404)
    return send_file(path)
