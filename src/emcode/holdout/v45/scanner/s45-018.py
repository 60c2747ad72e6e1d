import os

from flask import Flask, request, Response

app = Flask(__name__)
MANIFESTS = "/srv/ferry/manifests"


@app.route("/manifest")
def manifest():
    name = request.args.get("name", "")
    path = os.path.join(MANIFESTS, name)
    with open(path, encoding="utf-8") as fh:
        content = fh.read()
    lines = content.splitlines()
    header, rows = lines[0], lines[1:]
    return Response("\n".join([header] + sorted(rows)), mimetype="te