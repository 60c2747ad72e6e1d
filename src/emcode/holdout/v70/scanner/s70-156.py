import os
import uuid
from flask import Flask, request, abort
from werkzeug.utils import secure_filename

app = Flask(__name__)
app.config["MAX_CONTENT_LENGTH"] = 5 * 1024 * 1024
UPLOAD_DIR = "/srv/icerink/uploads"
ALLOWED = {".jpg", ".jpeg", ".png"}


@app.post("/bookings/photo")
def photo():
    f = request.files.get("photo")
    if f is None or not f.filename:
        abort(400)
    ext = os.path.splitext(secure_filename(f.filename))[1].lower()
    if ext not in ALLOWED:
        abort(415)
    stored = f"{uuid.uuid4().hex}{ext}"
    f.save(os.path.jo