import os
import uuid

from flask import Flask, request, jsonify
from werkzeug.utils import secure_filename

app = Flask(__name__)
app.config["MAX_CONTENT_LENGTH"] = 5 * 1024 * 1024
UPLOADS = os.path.join(app.root_path, "static", "recipe_photos")
ALLOWED = {".jpg", ".jpeg", ".png", ".webp"}


@app.post("/recipes/<int:rid>/photo")
def upload_photo(rid):
    f = request.files.get("photo")
    if f is None or not f.filename:
        return jsonify(error="no file"), 400
    ext = os.path.splitext(secure_filename(f.filename))[1].lower()
    if ext not in ALLOWED:
        return jsonify(error="unsupported type"), 415
    stored = f"{rid}-{uuid.uuid4().hex}{ext}"
    f.save(os.path.join(UPLOADS, stored))
    return jsonify(url=f"/static/recipe_photos/{stored}")
