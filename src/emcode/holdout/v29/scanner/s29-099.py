import io

from flask import Flask, request, send_file, abort
from PIL import Image

app = Flask(__name__)
app.config["MAX_CONTENT_LENGTH"] = 8 * 1024 * 1024


@app.post("/recipes/photo/thumbnail")
def thumbnail():
    f = request.files.get("photo")
    if f is None:
        abort(400)
    try:
        img = Image.open(f.stream)
        img.thumbnail((400, 400))
    except Exception:
        abort(400)
    out = io.BytesIO()
    img.convert("RGB").save(out, "JPEG", quality=85)
    out.seek(0)
    return send_file(out, mimetype="image/jpeg")
