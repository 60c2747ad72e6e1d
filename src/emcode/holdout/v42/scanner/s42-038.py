import tempfile

from flask import Flask, jsonify, request
from PIL import Image

app = Flask(__name__)
app.config["MAX_CONTENT_LENGTH"] = 8 * 1024 * 1024


@app.post("/evidence/dimensions")
def dimensions():
    photo = request.files["photo"]
    with tempfile.NamedTemporaryFile(suffix=".img") as tmp:
        photo.save(tmp.name)
        with Image.open(tmp.name) as im:
            w, h = im.size
    return jsonify(width=w, height=h)
