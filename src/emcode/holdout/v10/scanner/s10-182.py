import os
from flask import Flask, request, abort

app = Flask(__name__)
DOCS = "/srv/docs"


@app.route("/docs/view")
def view():
    name = request.args.get("page", "index.md")
    path = os.path.join(DOCS, name)
    if not os.path.realpath(path).startswith(os.path.realp