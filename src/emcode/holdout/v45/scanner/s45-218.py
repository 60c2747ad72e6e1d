import os
import re

from flask import Flask, request, Response, abort

app = Flask(__name__)
MANIFESTS = "/srv/ferry/manifests"


@app.route("/manifest")
def manifest():
    name = request.args.get("name", "")
    if not re.fullmatch(r"[0-9]{8}-[A-Z]{3}\.csv", name):
        abort(404)
    with open(os.path.join(MANIFESTS, name), encoding="utf-8") as fh:
        content = fh.read()
    lines = content.splitlines()
    header, rows = lines[0], lines[1:]
    return Response("\n".join([header] + sorted(rows)), mimetype="te