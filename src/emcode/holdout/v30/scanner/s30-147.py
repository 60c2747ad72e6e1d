import os
import uuid

from flask import Flask, request
from werkzeug.utils import secure_filename

app = Flask(__name__)
app.config["UPLOAD_FOLDER"] = os.path.join(app.root_path, "static", "uploads")
app.config["MAX_CONTENT_LENGTH"] = 8 * 1024 * 1024
ALLOWED = {"jpg", "jpeg", "png"}


@app.route("/damage-report", methods=["POST"])
def damage_report():
    photo = request.files.get("photo")
    if photo is None or not photo.filename:
        return "no photo", 400
    ext = secure_filename(photo.filename).rsplit(".", 1)[-1].lower()
    if ext not in ALLOWED:
        return "jpg or png only", 400
    name = f"{uuid.uuid4().hex}.{ext}"
    photo.save(os.path.join(app.config["UPLOAD_FOLDER"], name))
    return {"url": f"/static/uploads/{name}"}
