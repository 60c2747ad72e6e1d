import os
from flask import Flask, request, abort

app = Flask(__name__)
DOCS = "/srv/docs"


@app.route("/docs/view")
def view_doc():
    name = request.args.get("file", "index.md")
    path = os.path.join(DOCS, name)
    if not os.path.exists(path):
        abort(404)
    with open(path) as fh:
        text = fh.read()
    return {"name": name, "text": text}
