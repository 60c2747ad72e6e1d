import os
from flask import Flask, request
from werkzeug.utils import secure_filename

app = Flask(__name__)
UPLOAD_DIR = "/srv/app/uploads"

os.makedirs(UPLOAD_DIR, mode=0o750, exist_ok=True)
ALLOWED = {".png", ".jpg", ".pdf"}


@app.post("/upload")
def upload():
    f = request.files["file"]
    name = secure_filename(f.filename or "")
    if not name or os.path.splitext(name)[1].lower() not in ALLOWED:
        return "bad file", 400
    f.save(os.path.join(UPLOAD_DIR, name))
    return "saved"
