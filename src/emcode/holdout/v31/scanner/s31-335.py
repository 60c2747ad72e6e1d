import os
from pathlib import Path

from flask import Flask, request, jsonify
from werkzeug.utils import secure_filename

app = Flask(__name__)
PHOTO_DIR = Path("/srv/listings/photos")


@app.post("/listings/<int:listing_id>/photos")
def add_photo(listing_id):
    folder = PHOTO_DIR / str(listing_id)
    folder.mkdir(parents=True, exist_ok=True)
    os.chmod(folder, 0o750)
    f = request.files["photo"]
    name = secure_filename(f.filename or "")
    if not name or not name.lower().endswith((".jpg", ".jpeg", ".png")):
        return jsonify(error="jpeg or png only"), 400
    f.save(folder / name)
    return jsonify(saved=name), 201
