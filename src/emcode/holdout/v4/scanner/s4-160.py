from flask import Flask, abort, send_file
from werkzeug.utils import safe_join

app = Flask(__name__)
DOC_ROOT = "/opt/docs"


@app.get("/docs/<path:page>")
def read_doc(page):
    target = safe_join(DOC_ROOT, page)
    if target is None:
        abort(404)
    try:
        return send_file(target, mimetype="text/plain")
    except FileNotFoundError:
        abort(404)
