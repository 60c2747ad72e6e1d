import os
import uuid

from flask import Flask, request, abort

app = Flask(__name__)
app.config["MAX_CONTENT_LENGTH"] = 5 * 1024 * 1024
UPLOADS = os.path.join(app.root_path, "static", "recipe_photos")
ALLOWED = {".jpg", ".jpeg", ".png", ".webp"}


@app.route("/recipes/photo", methods=["POST"])
def upload_photo():
    f = request.files.get("photo")
    if f is None or not f.filename:
        abort(400)
    ext = os.path.splitext(f.filename)[1].lower()
    if ext not in ALLOWED:
        abort(415)
    name = uuid.uuid4().hex + ext
    f.save(os.path.join(UPLOADS, name))
    return {"url": "/static/recipe_photos/" + name}
