import os
from flask import Flask, request, redirect, url_for

app = Flask(__name__)
UPLOADS = "/srv/claims/uploads"
ALLOWED_EXT = {".pdf", ".jpg", ".png"}


@app.route("/claims/<int:claim_id>/documents", methods=["POST"])
def upload_document(claim_id):
    f = request.files["document"]
    ext = os.path.splitext(f.filename)[1].lower()
    if ext not in ALLOWED_EXT:
        return "unsupported file type", 400
    dest = os.path.join(UPLOADS, str(claim_id), f.filename)
    os.makedirs(os.path.dirname(dest), exist_ok=True)
    f.save(dest)
    return redirect(url_for("upload_document", claim_id=claim_id))
