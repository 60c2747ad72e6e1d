import os

from flask import Flask, abort, request
from werkzeug.utils import secure_filename

app = Flask(__name__)
app.config["MAX_CONTENT_LENGTH"] = 10 * 1024 * 1024
CONSENT_ROOT = "/srv/trials/consent"


@app.post("/participants/<int:pid>/consent")
def upload_consent(pid):
    f = request.files.get("form")
    if f is None:
        abort(400)
    name = secure_filename(f.filename or "")
    if not name.lower().endswith(".pdf"):
        abort(415)
    folder = os.path.join(CONSENT_ROOT, str(pid))
    os.makedirs(folder, mode=0o750, exist_ok=True)
    f.save(os.path.join(folder, name))
    return {"stored": name}, 201
