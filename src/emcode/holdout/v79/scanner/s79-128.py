import os
import uuid
from flask import Flask, request, abort

app = Flask(__name__)
CERT_DIR = "/srv/club/certs"
ALLOWED = {".pdf", ".png", ".jpg"}


@app.post("/certificates")
def upload_certificate():
    f = request.files["cert"]
    ext = os.path.splitext(f.filename or "")[1].lower()
    if ext not in ALLOWED:
        abort(400)
    name = f"{uuid.uuid4().hex}{ext}"
    f.save(os.path.join(CERT_DIR, name))
    return {"saved": name}
