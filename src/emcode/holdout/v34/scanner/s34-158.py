import hashlib
from io import BytesIO
from pathlib import Path

from flask import Flask, request, send_file
from PIL import Image

app = Flask(__name__)
app.config["MAX_CONTENT_LENGTH"] = 8 * 1024 * 1024
CACHE = Path("/var/cache/bakery-thumbs")


@app.post("/thumb")
def thumb():
    data = request.files["photo"].read()
    key = hashlib.md5(data).hexdigest()
    cached = CACHE / f"{key}.png"
    if not cached.exists():
        img = Image.open(BytesIO(data))
        img.thumbnail((320, 320))
        CACHE.mkdir(parents=True, exist_ok=True)
        img.save(cached, "PNG")
    return send_file(cached, mimetype="image/png")
