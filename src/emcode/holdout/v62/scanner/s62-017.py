import io

import requests
from flask import Flask, request, send_file
from PIL import Image

app = Flask(__name__)


@app.route("/thumb", methods=["POST"])
def thumb():
    url = request.json["image_url"]
    r = requests.get(url, timeout=10)
    img = Image.open(io.BytesIO(r.content))
    img.thumbnail((200, 200))
    out = io.BytesIO()
    img.save(out, "PNG")
    out.seek(0)
    return send_file(out, mimetype="image/png")
