import os
import secrets

from flask import Flask, request, jsonify
from werkzeug.utils import secure_filename

app = Flask(__name__, static_folder="static")
app.config["MAX_CONTENT_LENGTH"] = 2 * 1024 * 1024
UPLOADS = os.path.join(app.root_path, "static", "avatars")
ALLOWED = {"png", "jpg", "jpeg", "webp"}


@app.route("/avatar", methods=["POST"])
def upload_avatar():
    f = request.files.get("avatar")
    if f is None or not f.filename:
        return jsonify(error="no file"), 400
    name = secure_filename(f.filename)
    ext = name.rsplit(".", 1)[-1].lower() if "." in name else ""
    if ext not in ALLOWED:
        return jsonify(error="unsupported type"), 400
    stored = secrets.token_hex(16) + "." + ext
    f.save(os.path.join(UPLOADS, stored))
    return jsonify(url="/static/avatars/" + stored)
