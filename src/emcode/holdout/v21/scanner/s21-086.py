import os
from flask import Flask, abort, Response
from werkzeug.utils import safe_join

app = Flask(__name__)
DOCS = "/srv/docs"


@app.route("/docs/<path:page>")
def docs(page):
    path = safe_join(DOCS, page + ".md")
    if path is None or not os.path.isfile(path):
        abort(404)
    with open(path, encoding="utf-8") as fh:
        return Response(fh.read(), mimetype="text/markdown")
