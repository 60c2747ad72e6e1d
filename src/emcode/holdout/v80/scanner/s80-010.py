import os
import uuid

from flask import Flask, request, abort

app = Flask(__name__)
app.config["MAX_CONTENT_LENGTH"] = 5 * 1024 * 1024
UPLOAD_DIR = os.path.join(app.root_path, "static", "fridge-photos")
ALLOWED = {".jpg", ".jpeg", ".png"}


@app.post("/fridges/<int:fid>/photo")
def photo(fid):
    f = request.files.get("photo")
    if f is None:
        abort(400)
    ext = os.path.splitext(f.filename or "")[1].lower()
    if ext not in ALLOWED:
        abort(415)
    name = f"{fid}-{uuid.uuid4().hex}{ext}"
    f.save(os.path.join(UPLOAD_DIR, name))
    return {"url": f"/static/fridge-photos/{name}"}
