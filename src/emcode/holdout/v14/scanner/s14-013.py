import os
from flask import Flask, abort, send_file
from werkzeug.utils import safe_join

app = Flask(__name__)
UPLOAD_ROOT = os.path.abspath("uploads")


@app.route("/files/<path:relpath>")
def get_file(relpath):
    full = safe_join(UPLOAD_ROOT, relpath)
    if full is None or not os.path.isfile(full):
        abort(404)
    return send_file(full)
