import os
import uuid

from flask import Flask, request, jsonify
from PIL import Image, UnidentifiedImageError

app = Flask(__name__, static_folder="static")
app.config["MAX_CONTENT_LENGTH"] = 8 * 1024 * 1024
FORMATS = {"JPEG": ".jpg", "PNG": ".png"}


@app.post("/gallery/upload")
def upload_image():
    f = request.files["file"]
    try:
        img = Image.open(f.stream)
        img.verify()
    except (UnidentifiedImageError, OSError):
        return jsonify(error="not an image"), 400
    ext = FORMATS.get(img.format)
    if ext is None:
        return jsonify(error="jpeg or png only"), 400
    name = uuid.uuid4().hex + ext
    f.stream.seek(0)
    f.save(os.path.join(app.static_folder, "gallery", name))
    return jsonify(url="/static/gallery/" + name)
