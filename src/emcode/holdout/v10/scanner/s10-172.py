import os
import secrets
from flask import Flask, request, abort
from werkzeug.utils import secure_filename

app = Flask(__name__)
app.config["MAX_CONTENT_LENGTH"] = 2 * 1024 * 1024
AVATARS = os.path.join(app.root_path, "static", "avatars")
ALLOWED = {".png", ".jpg", ".jpeg", ".gif"}


@app.route("/avatar", methods=["POST"])
def avatar():
    f = request.files.get("avatar")
    if f is None or not f.filename:
        abort(400)
    ext = os.path.splitext(secure_filename(f.filename))[1].lower()
    if ext not in ALLOWED:
        abort(415)
    name = secrets.token_hex(12) + ext
    f.save(os.path.join(AVATARS, name))
    return {"url": "/static/avatars/" + name}
