import os
import secrets
from flask import Flask, request, abort
from werkzeug.utils import secure_filename

app = Flask(__name__)
app.config["MAX_CONTENT_LENGTH"] = 4 * 1024 * 1024
UPLOAD_DIR = os.path.join(app.instance_path, "uploads")
ALLOWED = {".png", ".jpg", ".jpeg"}


@app.route("/upload", methods=["POST"])
def upload():
    f = request.files.get("photo")
    if f is None or not f.filename:
        abort(400)
    ext = os.path.splitext(secure_filename(f.filename))[1].lower()
    if ext not in ALLOWED:
        abort(415)
    stored = secrets.token_hex(16) + ext
    os.makedirs(UPLOAD_DIR, exist_ok=True)
    f.save(os.path.join(UPLOAD_DIR, stored))
    return {"id": stored}
