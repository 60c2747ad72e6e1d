import os
from flask import Flask, abort, send_from_directory

app = Flask(__name__)
DOCS = "/srv/docs/html"


@app.route("/docs/<page>")
def docs(page: str):
    available = set(os.listdir(DOCS))
    name = page if page.endswith(".html") else page + ".html"
    if name not in available:
        abort(404)
    return send_from_directory(DOCS, name)
