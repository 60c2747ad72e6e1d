import os
import uuid

from flask import Flask, request, abort
from werkzeug.utils import secure_filename

app = Flask(__name__)
app.config["MAX_CONTENT_LENGTH"] = 8 * 1024 * 1024
UPLOADS = os.path.join(app.root_path, "static", "item_photos")
ALLOWED = {"jpg", "jpeg", "png", "webp"}


@app.post("/items/<int:item_id>/photo")
def upload_photo(item_id):
    f = request.files.get("photo")
    if f is None or not f.filename:
        abort(400)
    ext = secure_filename(f.filename).rsplit(".", 1)[-1].lower()
    if ext not in ALLOWED:
        abort(415)
    name = f"{item_id}-{uuid.uuid4().hex}.{ext}"
    f.save(os.path.join(UPLOADS, name))
    return {"url": f"/static/item_photos/{name}"}
