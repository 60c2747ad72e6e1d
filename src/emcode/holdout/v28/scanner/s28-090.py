import os
import uuid

from flask import Flask, request, abort, jsonify
from werkzeug.utils import secure_filename

app = Flask(__name__)
app.config["MAX_CONTENT_LENGTH"] = 5 * 1024 * 1024
UPLOADS = "/srv/clinic/pet-photos"
IMAGE_TYPES = {".jpg", ".jpeg", ".png", ".webp"}


@app.route("/pets/<int:pet_id>/photo", methods=["POST"])
def upload_photo(pet_id):
    photo = request.files.get("photo")
    if photo is None or not photo.filename:
        abort(400)
    ext = os.path.splitext(secure_filename(photo.filename))[1].lower()
    if ext not in IMAGE_TYPES:
        abort(415)
    stored = f"{pet_id}-{uuid.uuid4().hex}{ext}"
    photo.save(os.path.join(UPLOADS, stored))
    return jsonify({"stored": stored})
