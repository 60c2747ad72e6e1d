import os
import secrets
from flask import Flask, request, abort
from PIL import Image

app = Flask(__name__)
ALLOWED = {".png", ".jpg", ".jpeg"}

@app.post("/avatar")
def avatar():
    f = request.files["avatar"]
    ext = os.path.splitext(f.filename or "")[1].lower()
    if ext not in ALLOWED:
        abort(400)
    try:
        Image.open(f.stream).verify()
    except Exception:
        abort(400)
    f.stream.seek(0)
    name = secrets.token_hex(16) + ext
    f.save(os.path.join(app.static_folder, "avatars", name))
    return {"url": f"/static/avatars/{name}"}
