import os
import secrets
from flask import Flask, request
from werkzeug.utils import secure_filename

app = Flask(__name__, static_folder="static")
AVATARS = os.path.join(app.root_path, "static", "avatars")
IMAGE_EXT = {".png", ".jpg", ".jpeg", ".gif"}
app.config["MAX_CONTENT_LENGTH"] = 2 * 1024 * 1024


@app.route("/profile/avatar", methods=["POST"])
def upload_avatar():
    f = request.files.get("avatar")
    if f is None:
        return "no file", 400
    ext = os.path.splitext(secure_filename(f.filename or ""))[1].lower()
    if ext not in IMAGE_EXT:
        return "images only", 400
    stored = secrets.token_hex(12) + ext
    f.save(os.path.join(AVATARS, stored))
    return {"url": "/static/avatars/" + stored}
