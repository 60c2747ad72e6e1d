import os
from flask import Flask, request
from werkzeug.utils import secure_filename

app = Flask(__name__)
UPLOAD_DIR = "/srv/uploads"
EXTS = {".png", ".jpg", ".gif"}

@app.route("/upload", methods=["POST"])
def upload():
    f = request.files["file"]
    name = secure_filename(f.filename or "")
    if not name or os.path.splitext(name)[1].lower() not in EXTS:
        return "rejected", 400
    f.save(os.path.join(UPLOAD_DIR, name))
    return "ok"
