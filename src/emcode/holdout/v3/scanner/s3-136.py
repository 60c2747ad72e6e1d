import os
import uuid

from flask import Flask, abort, request
from werkzeug.utils import secure_filename

app = Flask(__name__)
app.config["MAX_CONTENT_LENGTH"] = 5 * 1024 * 1024
STORE = "/srv/app/user_images"
ALLOWED = {"png", "jpg", "jpeg", "gif"}


@app.route("/upload", methods=["POST"])
def upload():
    f = request.files.get("file")
    if f is None or not f.filename:
        abort(400)
    original = secure_filename(f.filename)
    ext = original.rsplit(".", 1)[-1].lower() if "." in original else ""
    if ext not in ALLOWED:
        abort(415)
    stored = f"{uuid.uuid4().hex}.{ext}"
    f.save(os.path.join(STORE, stored))
    return {"id": stored}
