import os
import uuid

from flask import Flask, abort, request
from werkzeug.utils import secure_filename

app = Flask(__name__)
app.config["MAX_CONTENT_LENGTH"] = 10 * 1024 * 1024
UPLOAD_DIR = "/srv/claims/evidence"
ALLOWED = {".jpg", ".jpeg", ".png", ".pdf"}


@app.post("/claims/<int:claim_id>/evidence")
def upload_evidence(claim_id):
    f = request.files.get("photo")
    if f is None or not f.filename:
        abort(400)
    ext = os.path.splitext(secure_filename(f.filename))[1].lower()
    if ext not in ALLOWED:
        abort(415)
    folder = os.path.join(UPLOAD_DIR, str(claim_id))
    os.makedirs(folder, exist_ok=True)
    stored = uuid.uuid4().hex + ext
    f.save(os.path.join(folder, stored))
    return {"saved": stored}, 201
