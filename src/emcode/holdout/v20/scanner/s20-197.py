from io import BytesIO

from flask import Flask, request, abort
from PIL import Image

app = Flask(__name__)
app.config["MAX_CONTENT_LENGTH"] = 4 * 1024 * 1024
Image.MAX_IMAGE_PIXELS = 20_000_000


@app.route("/avatar", methods=["POST"])
def avatar():
    f = request.files.get("image")
    if f is None:
        abort(400)
    img = Image.open(BytesIO(f.read()))
    if img.format not in {"PNG", "JPEG"}:
        abort(415)
    img.thumbnail((256, 256))
    out = BytesIO()
    img.save(out, format="PNG")
    return out.getvalue(), 200, {"Content-Type": "image/png"}
