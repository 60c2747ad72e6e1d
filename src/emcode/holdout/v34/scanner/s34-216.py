import os
import uuid

from flask import Flask, request
from PIL import Image, UnidentifiedImageError

app = Flask(__name__)
app.config["MAX_CONTENT_LENGTH"] = 2 * 1024 * 1024
UPLOADS = os.path.join(app.root_path, "static", "team-logos")
KINDS = {"PNG": "png", "JPEG": "jpg"}


@app.route("/logos", methods=["POST"])
def upload_logo():
    logo = request.files["logo"]
    try:
        img = Image.open(logo.stream)
        img.verify()
    except (UnidentifiedImageError, OSError):
        return {"error": "not an image"}, 400
    ext = KINDS.get(img.format)
    if ext is None:
        return {"error": "PNG or JPEG only"}, 400
    name = f"{uuid.uuid4().hex}.{ext}"
    logo.stream.seek(0)
    logo.save(os.path.join(UPLOADS, name))
    return {"url": "/static/team-logos/" + name}
