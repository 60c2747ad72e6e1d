import os
from flask import Flask, request, send_file, abort
from PIL import Image
from werkzeug.utils import secure_filename

app = Flask(__name__)
PHOTOS = "/srv/museum/photos"
THUMBS = "/srv/museum/thumbs"


@app.route("/thumb/<name>")
def thumb(name):
    safe = secure_filename(name)
    src = os.path.join(PHOTOS, safe)
    if not safe or not os.path.isfile(src):
        abort(404)
    width = min(max(request.args.get("w", 200, type=int), 16), 1024)
    dst = os.path.join(THUMBS, f"{width}_{safe}")
    if not os.path.exists(dst):
        with Image.open(src) as im:
            im.thumbnail((width, width))
            im.save(dst)
    return send_file(dst)
