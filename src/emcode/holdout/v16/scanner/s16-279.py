import os
from flask import Flask, request, abort

app = Flask(__name__)
DOCS = "/srv/docs"


@app.get("/docs/view")
def view():
    page = request.args.get("page", "index.md")
    full = os.path.join(DOCS, page)
    try:
        with open(full, encoding="utf-8") as fh:
            text = fh.read()
    except FileNotFoundErr