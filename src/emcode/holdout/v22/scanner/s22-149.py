import os

from flask import Flask, request, abort, jsonify
from werkzeug.utils import secure_filename

app = Flask(__name__)
app.config["MAX_CONTENT_LENGTH"] = 8 * 1024 * 1024
UPLOAD_DIR = os.path.join(app.instance_path, "photos")
ALLOWED = {"jpg", "jpeg", "png", "webp"}


def allowed(name: str) -> bool:
    return "." in name and name.rsplit(".", 1)[1].lower() in ALLOWED


@app.route("/albums/<int:album_id>/photos", methods=["POST"])
def upload_photo(album_id):
    file = request.files.get("photo")
    if file is None or not file.filename:
        abort(400)
    name = secure_filename(file.filename)
    if not name or not allowed(name):
        abort(415)
    folder = os.path.join(UPLOAD_DIR, str(album_id))
    os.makedirs(folder, mode=0o750, exist_ok=True)
    file.save(os.path.join(folder, name))
    return jsonify(saved=name), 201
