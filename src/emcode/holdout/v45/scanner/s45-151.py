import os
import uuid

from flask import Flask, request, redirect
from werkzeug.utils import secure_filename

app = Flask(__name__)
app.config["MAX_CONTENT_LENGTH"] = 8 * 1024 * 1024
UPLOAD_DIR = os.path.join(app.root_path, "static", "plot-photos")
ALLOWED = {".jpg", ".jpeg", ".png", ".webp"}


@app.route("/plots/<int:plot>/photo", methods=["POST"])
def upload_photo(plot):
    f = request.files.get("photo")
    if f is None or not f.filename:
        return "no file", 400
    ext = os.path.splitext(secure_filename(f.filename))[1].lower()
    if ext not in ALLOWED:
        return "unsupported image type", 400
    f.save(os.path.join(UPLOAD_DIR, f"{plot}-{uuid.uuid4().hex}{ext}"))
    return redirect(f"/plots/{plot}")
