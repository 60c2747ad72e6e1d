import os
import secrets

from flask import Flask, request, jsonify, abort
from werkzeug.utils import secure_filename

app = Flask(__name__)
app.config["MAX_CONTENT_LENGTH"] = 5 * 1024 * 1024
STORE = "/srv/app-data/attachments"
ALLOWED = {".pdf", ".png", ".jpg", ".txt"}


@app.post("/attachments")
def attach():
    f = request.files.get("file")
    if f is None or not f.filename:
        abort(400)
    ext = os.path.splitext(secure_filename(f.filename))[1].lower()
    if ext not in ALLOWED:
        abort(415)
    os.makedirs(STORE, mode=0o750, exist_ok=True)
    stored = secrets.token_hex(16) + ext
    f.save(os.path.join(STORE, stored))
    return jsonify(id=stored)
