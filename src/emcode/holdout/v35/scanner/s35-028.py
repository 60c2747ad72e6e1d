import os
import uuid

from flask import Flask, request

app = Flask(__name__)
app.config["MAX_CONTENT_LENGTH"] = 5 * 1024 * 1024
STATIC_UPLOADS = os.path.join(app.root_path, "static", "uploads")
ALLOWED = {".jpg", ".jpeg", ".png", ".webp"}


@app.post("/pets/<int:pet_id>/photo")
def upload_photo(pet_id):
    f = request.files.get("photo")
    if f is None or not f.filename:
        return {"error": "no photo"}, 400
    ext = os.path.splitext(f.filename)[1].lower()
    if ext not in ALLOWED:
        return {"error": "only jpg, png or webp"}, 400
    stored = f"{pet_id}-{uuid.uuid4().hex}{ext}"
    f.save(os.path.join(STATIC_UPLOADS, stored))
    return {"url": f"/static/uploads/{stored}"}
