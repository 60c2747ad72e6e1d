from flask import Flask, request, abort, Response
from werkzeug.utils import safe_join

app = Flask(__name__)
ROOT = "/srv/brigade/manuals"


@app.route("/manual.txt")
def manual():
    path = safe_join(ROOT, request.args.get("name", ""))
    if path is None:
        abort(404)
    try:
        with open(path, encoding="utf-8") as fh:
            return Response(fh.read(), mimetype="text/plain")
    except FileNotFoundError:
        abort(404)
