import io

import requests
from flask import Flask, request, send_file
from PIL import Image

app = Flask(__name__)


@app.post("/members/avatar-from-url")
def avatar_from_url():
    url = request.form["url"]
    img = Image.open(io.BytesIO(requests.get(url, timeout=10).content))
    img.thumbnail((128, 128))
    buf = io.BytesIO()
    img.convert("RGB").save(buf, "JPEG")
    buf.seek(0)
    return send_file(buf, mimetype="image/jpeg")
