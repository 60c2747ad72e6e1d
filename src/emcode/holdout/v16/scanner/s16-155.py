import os
from flask import Flask, request, abort
from werkzeug.utils import secure_filename

app = Flask(__name__)
UPLOADS = "/srv/uploads"
ALLOWED = {".png", ".jpg", ".pdf"}


@app.post("/upload")
def upload():
    f = request.files["file"]
    name = secure_filename(f.filename or "")
    if not name or os.path.splitext(name)[1].lower() not in ALLOWED:
        abort(400)
    dest = os.path.join(UPLOADS, name)
    f.save(dest)
    os.chmod(dest, 0o644)
    return {"saved": name}
