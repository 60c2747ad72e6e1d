import os
import secrets
from flask import Flask, request, abort
from werkzeug.utils import secure_filename

app = Flask(__name__)
app.config["MAX_CONTENT_LENGTH"] = 2 * 1024 * 1024
UPLOADS = "/srv/uploads/avatars"
ALLOWED = {".png", ".jpg", ".jpeg", ".webp"}


@app.post("/profile/avatar")
def avatar():
    f = request.files.get("avatar")
    if f is None or not f.filename:
        abort(400)
    ext = os.path.splitext(secure_filename(f.filename))[1].lower()
    if ext not in ALLOWED:
        abort(415)
    name = secrets.token_hex(16) + ext
    f.save(os.path.join(UPLOADS, name))
    return {"id": name}
