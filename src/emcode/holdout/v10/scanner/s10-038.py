import os
from flask import Flask, request, send_file, abort
from werkzeug.security import safe_join

app = Flask(__name__)
UPLOAD_DIR = "/var/app/uploads"


@app.route("/files/download")
def download():
    name = request.args.get("file", "")
    full = safe_join(UPLOAD_DIR, name)
    if full is None or not os.path.isfile(full):
        abort(404)
    return send_file(full, as_attachment=True)
