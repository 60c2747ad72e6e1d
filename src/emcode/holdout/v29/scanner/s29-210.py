import os

from flask import Flask, request, abort
from werkzeug.utils import secure_filename

app = Flask(__name__)
app.config["MAX_CONTENT_LENGTH"] = 20 * 1024 * 1024
EVIDENCE_ROOT = "/srv/claims/evidence"
ALLOWED = {"pdf", "jpg", "jpeg", "png"}


@app.post("/claims/<int:claim_id>/evidence")
def upload_evidence(claim_id):
    f = request.files.get("file")
    if not f:
        abort(400)
    name = secure_filename(f.filename or "")
    if not name or name.rsplit(".", 1)[-1].lower() not in ALLOWED:
        abort(415)
    folder = os.path.join(EVIDENCE_ROOT, str(claim_id))
    os.makedirs(folder, mode=0o750, exist_ok=True)
    f.save(os.path.join(folder, name))
    return {"stored": name}, 201
