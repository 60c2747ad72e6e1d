import os
from flask import Flask, request, redirect, url_for
from werkzeug.utils import secure_filename

app = Flask(__name__)
app.config["MAX_CONTENT_LENGTH"] = 10 * 1024 * 1024
UPLOADS = "/srv/claims/uploads"
ALLOWED_EXT = {".pdf", ".jpg", ".png"}


@app.route("/claims/<int:claim_id>/documents", methods=["POST"])
def upload_document(claim_id):
    f = request.files["document"]
    name = secure_filename(f.filename or "")
    ext = os.path.splitext(name)[1].lower()
    if not name or ext not in ALLOWED_EXT:
        return "unsupported file", 400
    folder = os.path.join(UPLOADS, str(claim_id))
    os.makedirs(folder, exist_ok=True)
    f.save(os.path.join(folder, name))
    return redirect(url_for("upload_document", claim_id=claim_id))
