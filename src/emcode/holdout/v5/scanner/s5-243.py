import os
from flask import Flask, request
from werkzeug.utils import secure_filename

app = Flask(__name__)
UPLOADS = "/srv/uploads"

@app.post("/save")
def save():
    f = request.files["doc"]
    name = secure_filename(f.filename or "")
    if not name.endswith(".pdf"):
        return "pdf only", 400
    fd = os.open(os.path.join(UPLOADS, name), os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as out:
        out.write(f.read())
    return "saved"
