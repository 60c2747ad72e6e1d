import hashlib
import os

from flask import Flask, abort, request, send_file
from PIL import Image

app = Flask(__name__)
ORIGINALS = "/srv/museum/images"
THUMBS = "/srv/museum/thumbs"
IMAGES = set(os.listdir(ORIGINALS))


@app.route("/thumb")
def thumb():
    name = request.args.get("img", "")
    width = request.args.get("w", 200, type=int)
    if name not in IMAGES or not 16 <= width <= 800:
        abort(404)
    key = hashlib.md5(f"{name}:{width}".encode()).hexdigest()
    out = os.path.join(THUMBS, key + ".jpg")
    if not os.path.exists(out):
        with Image.open(os.path.join(ORIGINALS, name)) as im:
            im.thumbnail((width, width))
            im.convert("RGB").save(out, "JPEG")
    return send_file(out, mimetype="image/jpeg")
