import io

import requests
from flask import Flask, request, jsonify
from PIL import Image

app = Flask(__name__)


@app.post("/collection/thumbnail")
def make_thumbnail():
    src = request.form["image_url"]
    resp = requests.get(src, timeout=10)
    img = Image.open(io.BytesIO(resp.content))
    img.thumbnail((256, 256))
    return jsonify(width=img.width, height=img.height)
