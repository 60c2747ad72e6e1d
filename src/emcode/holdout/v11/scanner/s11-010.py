from flask import Flask, abort, request, send_file
from werkzeug.utils import safe_join

app = Flask(__name__)
BASE = "/srv/wiki/pages"


@app.route("/wiki/raw")
def raw_page():
    page = request.args.get("page", "index.md")
    path = safe_join(BASE, page)
    if path is None:
        abort(404)
    if not path.endswith(".md"):
        abort(4