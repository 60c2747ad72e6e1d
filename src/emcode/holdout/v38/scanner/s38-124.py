import os
import uuid

from flask import Flask, request
from werkzeug.utils import secure_filename

app = Flask(__name__)
app.config["MAX_CONTENT_LENGTH"] = 5 * 1024 * 1024
STATIC = os.path.join(app.root_path, "static", "pets")
ALLOWED = {"jpg", "jpeg", "png", "webp"}


@app.route("/pets/photo", methods=["POST"])
def upload_photo():
    f = request.files["photo"]
    name = secure_filename(f.filename or "")
    ext = name.rsplit(".", 1)[-1].lower() if "." in name else ""
    if ext not in ALLOWED:
        return {"error": "images only"}, 400
    stored = f"{uuid.uuid4().hex}.{ext}"
    f.save(os.path.join(STATIC, stored))
    return {"url": "/static/pets/" + stored}
