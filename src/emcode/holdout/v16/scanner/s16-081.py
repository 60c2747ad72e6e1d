import os
import secrets
from flask import Flask, request, abort
from werkzeug.utils import secure_filename

app = Flask(__name__)
AVATARS = "/srv/avatars"
ALLOWED_EXT = {".png", ".jpg", ".jpeg", ".webp"}
app.config["MAX_CONTENT_LENGTH"] = 2 * 1024 * 1024


@app.post("/avatar")
def avatar():
    f = request.files.get("avatar")
    if f is None:
        abort(400)
    ext = os.path.splitext(secure_filename(f.filename or ""))[1].lower()
    if ext not in ALLOWED_EXT:
        abort(415)
    stored = secrets.token_hex(12) + ext
    f.save(os.path.join(AVATARS, stored))
    return {"id": stored}
