from flask import Flask, abort, send_file
from werkzeug.utils import safe_join

app = Flask(__name__)
DOCS = "/srv/trials/site_docs"


@app.get("/sites/<site>/docs/<path:name>")
def site_doc(site, name):
    path = safe_join(DOCS, site, name)
    if path is None:
        abort(404)
    try:
        return send_file(path)
    except FileNotFoundError:
        abort(404)
