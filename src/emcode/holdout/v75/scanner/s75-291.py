import os
import uuid

from flask import Flask, abort, request
from werkzeug.utils import secure_filename

app = Flask(__name__)
app.config["MAX_CONTENT_LENGTH"] = 5 * 1024 * 1024
UPLOADS = "/srv/gym/waivers"
ALLOWED = {".pdf", ".png", ".jpg"}


@app.post("/membership/waiver")
def upload_waiver():
    f = request.files.get("waiver")
    if f is None or not f.filename:
        abort(400)
    ext = os.path.splitext(secure_filename(f.filename))[1].lower()
    if ext not in ALLOWED:
        abort(415)
    stored = f"{uuid.uuid4().hex}{ext}"
    f.save(os.path.join(UPLOADS, stored))
    return {"stored": stored}
