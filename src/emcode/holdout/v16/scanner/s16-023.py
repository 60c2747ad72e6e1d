import os
from flask import Flask, request, abort

app = Flask(__name__)
DOCS = os.path.realpath("/srv/docs")


@app.get("/docs/view")
def view():
    page = request.args.get("page", "index.md")
    full = os.path.realpath(os.path.join(DOCS, page))
    if not full.startswith(DOCS + os.sep):
        abort(404)
    try:
        with op