import io
import os
import secrets
from flask import Flask, request, jsonify
from PIL import Image, UnidentifiedImageError

app = Flask(__name__)
app.config["MAX_CONTENT_LENGTH"] = 10 * 1024 * 1024
GEL_DIR = "/srv/lab/gels"


@app.route("/gels", methods=["POST"])
def upload_gel():
    f = request.files.get("image")
    if f is None:
        return jsonify(error="no image"), 400
    try:
        img = Image.open(io.BytesIO(f.read()))
        img.verify()
    except (UnidentifiedImageError, OSError):
        return jsonify(error="not an image"), 400
    f.stream.seek(0)
    name = secrets.token_hex(12) + ".png"
    Image.open(f.stream).save(os.path.join(GEL_DIR, name), "PNG")
    return jsonify(stored=name), 201
