import os
import secrets
from flask import Flask, request, jsonify
from PIL import Image, UnidentifiedImageError

app = Flask(__name__)
app.config["MAX_CONTENT_LENGTH"] = 2 * 1024 * 1024
AVATAR_DIR = os.path.join(app.root_path, "static", "avatars")
ALLOWED = {"png": "PNG", "jpg": "JPEG", "jpeg": "JPEG"}


@app.route("/profile/avatar", methods=["POST"])
def upload_avatar():
    f = request.files.get("avatar")
    if f is None or "." not in (f.filename or ""):
        return jsonify(error="no file"), 400
    ext = f.filename.rsplit(".", 1)[1].lower()
    if ext not in ALLOWED:
        return jsonify(error="only png/jpeg"), 415
    try:
        img = Image.open(f.stream)
        img.verify()
    except (UnidentifiedImageError, OSError):
        return jsonify(error="not an image"), 415
    if img.format != ALLOWED[ext]:
        return jsonify(error="extension does not match content"), 415
    name = secrets.token_hex(16) + "." + ext
    f.stream.seek(0)
    f.save(os.path.join(AVATAR_DIR, name))
    return jsonify(url="/static/avatars/" + name), 201
