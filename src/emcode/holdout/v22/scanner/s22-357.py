import io

from flask import Flask, abort, request, send_file
from PIL import Image

app = Flask(__name__)
app.config["MAX_CONTENT_LENGTH"] = 10 * 1024 * 1024
Image.MAX_IMAGE_PIXELS = 40_000_000


@app.post("/resize")
def resize():
    width = min(max(request.args.get("w", 800, type=int), 16), 2000)
    try:
        img = Image.open(request.files["image"].stream)
        img.thumbnail((width, width))
    except (Image.DecompressionBombError, OSError):
        abort(400)
    out = io.BytesIO()
    img.convert("RGB").save(out, "JPEG", quality=85)
    out.seek(0)
    return send_file(out, mimetype="image/jpeg")
