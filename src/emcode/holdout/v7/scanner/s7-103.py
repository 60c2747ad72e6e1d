import os
import uuid
from flask import Flask, request, abort, jsonify
from werkzeug.utils import secure_filename

app = Flask(__name__)
app.config["MAX_CONTENT_LENGTH"] = 2 * 1024 * 1024
UPLOAD_DIR = "/srv/uploads/avatars"
ALLOWED = {".png", ".jpg", ".jpeg", ".webp"}


@app.route("/profile/avatar", methods=["POST"])
def upload_avatar():
    f = request.files.get("avatar")
    if f is None or not f.filename:
        abort(400)
    ext = os.path.splitext(secure_filename(f.filename))[1].lower()
    if ext not in ALLOWED:
        abort(415)
    name = f"{uuid.uuid4().hex}{ext}"
    f.save(os.path.join(UPLOAD_DIR, name))
    return jsonify(stored=name), 201
