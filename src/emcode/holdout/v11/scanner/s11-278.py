import os

from flask import Flask, request, abort
from werkzeug.utils import secure_filename

app = Flask(__name__)
UPLOADS = "/srv/app/uploads"
ALLOWED = {".png", ".jpg", ".jpeg"}


@app.post("/avatars")
def avatar():
    f = request.files.get("avatar")
    if f is None:
        abort(400)
    name = secure_filename(f.filename or "")
    if os.path.splitext(name)[1].lower() not in ALLOWED:
        abort(415)
    os.makedirs(UPLOADS, mode=0o750, exist_ok=True)
    dest = os.path.join(UPLOADS, name)
    f.save(dest)
    os.chmod(dest, 0o640)
    return {"saved": name}
