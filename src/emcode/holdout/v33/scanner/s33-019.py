import os
import uuid

from flask import Flask, abort, request

app = Flask(__name__)
UPLOADS = os.path.join(app.root_path, "static", "moodboard")
ALLOWED = {".jpg", ".jpeg", ".png", ".webp"}
app.config["MAX_CONTENT_LENGTH"] = 8 * 1024 * 1024


@app.post("/moodboard")
def add_photo():
    f = request.files.get("photo")
    if f is None:
        abort(400)
    ext = os.path.splitext(f.filename or "")[1].lower()
    if ext not in ALLOWED:
        abort(415)
    name = uuid.uuid4().hex + ext
    f.save(os.path.join(UPLOADS, name))
    return {"url": "/static/moodboard/" + name}
