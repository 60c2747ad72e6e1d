import os
import uuid

from flask import Flask, abort, request

app = Flask(__name__)
app.config["MAX_CONTENT_LENGTH"] = 4 * 1024 * 1024
UPLOAD_DIR = os.path.join(app.root_path, "static", "tutor_photos")
ALLOWED = {".jpg", ".jpeg", ".png", ".webp"}


@app.post("/profile/photo")
def upload_photo():
    f = request.files.get("photo")
    if f is None or not f.filename:
        abort(400)
    ext = os.path.splitext(f.filename)[1].lower()
    if ext not in ALLOWED:
        abort(415)
    name = uuid.uuid4().hex + ext
    f.save(os.path.join(UPLOAD_DIR, name))
    return {"url": "/static/tutor_photos/" + name}
