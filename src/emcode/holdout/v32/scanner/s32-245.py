import os
import uuid

from flask import Flask, request, jsonify
from werkzeug.utils import secure_filename

app = Flask(__name__)
app.config["MAX_CONTENT_LENGTH"] = 5 * 1024 * 1024
UPLOAD_DIR = "/srv/roastery/menus"
ALLOWED = {".pdf", ".png", ".jpg"}


@app.route("/menu/upload", methods=["POST"])
def upload_menu():
    f = request.files.get("menu")
    if not f or not f.filename:
        return jsonify(error="no file"), 400
    ext = os.path.splitext(secure_filename(f.filename))[1].lower()
    if ext not in ALLOWED:
        return jsonify(error="unsupported type"), 400
    stored = f"{uuid.uuid4().hex}{ext}"
    f.save(os.path.join(UPLOAD_DIR, stored))
    return jsonify(id=stored), 201
