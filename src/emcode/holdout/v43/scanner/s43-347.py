import os
import uuid

from flask import Flask, request, jsonify

app = Flask(__name__)
app.config["MAX_CONTENT_LENGTH"] = 2 * 1024 * 1024
UPLOADS = os.path.join(app.root_path, "static", "avatars")
ALLOWED = {".png", ".jpg", ".jpeg", ".webp"}


@app.post("/members/avatar")
def avatar():
    f = request.files.get("avatar")
    if f is None or not f.filename:
        return jsonify(error="no file"), 400
    ext = os.path.splitext(f.filename)[1].lower()
    if ext not in ALLOWED:
        return jsonify(error="images only"), 400
    name = uuid.uuid4().hex + ext
    f.save(os.path.join(UPLOADS, name))
    return jsonify(url=f"/static/avatars/{name}")
