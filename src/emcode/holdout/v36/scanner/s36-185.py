import os
import uuid

from flask import Flask, request
from werkzeug.utils import secure_filename

app = Flask(__name__)
app.config["MAX_CONTENT_LENGTH"] = 5 * 1024 * 1024
UPLOADS = os.path.join(app.root_path, "static", "menu-photos")
ALLOWED = {".jpg", ".jpeg", ".png", ".webp"}


@app.post("/trucks/photo")
def truck_photo():
    f = request.files["photo"]
    base = secure_filename(f.filename or "")
    ext = os.path.splitext(base)[1].lower()
    if ext not in ALLOWED:
        return {"error": "images only"}, 400
    name = f"{uuid.uuid4().hex}{ext}"
    f.save(os.path.join(UPLOADS, name))
    return {"url": "/static/menu-photos/" + name}
