import os
import secrets
from flask import Flask, request, url_for
from PIL import Image

app = Flask(__name__, static_folder="static")
UPLOADS = os.path.join(app.static_folder, "avatars")
EXTS = {".png", ".jpg", ".jpeg"}


@app.post("/avatar")
def avatar():
    f = request.files.get("avatar")
    ext = os.path.splitext(f.filename if f else "")[1].lower()
    if f is None or ext not in EXTS:
        return {"error": "png or jpg required"}, 400
    try:
        Image.open(f.stream).verify()
    except Exception:
        return {"error": "not an image"}, 400
    f.stream.seek(0)
    name = secrets.token_hex(16) + ext
    f.save(os.path.join(UPLOADS, name))
    return {"url": url_for("static", filename="avatars/" + name)}
