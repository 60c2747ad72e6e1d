import os
import uuid
from flask import Flask, request, jsonify
from werkzeug.utils import secure_filename

app = Flask(__name__)
app.config["MAX_CONTENT_LENGTH"] = 5 * 1024 * 1024
UPLOAD_DIR = "/srv/clinic/uploads"
ALLOWED = {".pdf", ".png", ".jpg"}


@app.route("/patients/<int:pid>/documents", methods=["POST"])
def upload_document(pid):
    f = request.files.get("document")
    if f is None or not f.filename:
        return jsonify(error="no file"), 400
    original = secure_filename(f.filename)
    ext = os.path.splitext(original)[1].lower()
    if ext not in ALLOWED:
        return jsonify(error="only pdf/png/jpg"), 400
    stored = f"{pid}-{uuid.uuid4().hex}{ext}"
    f.save(os.path.join(UPLOAD_DIR, stored))
    return jsonify(stored=stored, original=original), 201
