import os
import secrets

from flask import Flask, abort, request
from werkzeug.utils import secure_filename

app = Flask(__name__)
app.config["MAX_CONTENT_LENGTH"] = 5 * 1024 * 1024
DEST = "/srv/gallery/uploads"
ALLOWED = {".png", ".jpg", ".jpeg", ".webp"}


@app.route("/gallery/upload", methods=["POST"])
def upload():
    f = request.files.get("photo")
    if f is None or not f.filename:
        abort(400)
    ext = os.path.splitext(secure_filename(f.filename))[1].lower()
    if ext not in ALLOWED:
        abort(415)
    stored = secrets.token_he