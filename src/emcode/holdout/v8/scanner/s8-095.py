import os
import secrets

from flask import Flask, abort, request
from werkzeug.utils import secure_filename

app = Flask(__name__)
app.config["MAX_CONTENT_LENGTH"] = 2 * 1024 * 1024
AVATAR_DIR = os.path.join(app.root_path, "static", "avatars")
ALLOWED = {".png", ".jpg", ".jpeg", ".webp"}


@app.post("/profile/avatar")
def upload_avatar():
    f = request.files.get("avatar")
    if f is None or not f.filename:
        abort(400)
    ext = os.path.splitext(secure_filename(f.filename))[1].lower()
    if ext not in ALLOWED or not (f.mimetype or "").startswith("image/"):
        abort(415)
    stored = secrets.token_hex(12) + ext
    f.save(os.path.join(AVATAR_DIR, stored))
    return {"url": "/static/avatars/" + stored}
