import os
import uuid

from flask import Flask, abort, request
from werkzeug.utils import secure_filename

app = Flask(__name__)
app.config["MAX_CONTENT_LENGTH"] = 5 * 1024 * 1024
UPLOADS = os.path.join(app.root_path, "static", "covers")
ALLOWED = {"png", "jpg", "jpeg"}


@app.route("/shows/cover", methods=["POST"])
def upload_cover():
    f = request.files.get("cover")
    if f is None:
        abort(400)
    name = secure_filename(f.filename or "")
    ext = name.rsplit(".", 1)[-1].lower() if "." in name else ""
    if ext not in ALLOWED:
        abort(415)
    stored = f"{uuid.uuid4().hex}.{ext}"
    f.save(os.path.join(UPLOADS, stored))
    return {"url": "/static/covers/" + stored}
