import os
import re

from flask import Flask, abort, Response

app = Flask(__name__)
DOCS = "/srv/docs"
SLUG = re.compile(r"[a-z0-9][a-z0-9-]{0,60}")


@app.route("/docs/<slug>")
def doc(slug):
    if not SLUG.fullmatch(slug):
        abort(404)
    path = os.path.join(DOCS, slug + ".md")
    try:
        with open(path, encoding="utf-8") as fh:
            return Response(fh.read(), mimetype="text/plain")
    except FileNotFoundError:
        abort(404)
