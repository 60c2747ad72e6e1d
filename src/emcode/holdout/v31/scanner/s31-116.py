import os
import zipfile

from flask import Flask, request, jsonify
from werkzeug.utils import secure_filename

app = Flask(__name__)
MEDIA_ROOT = "/srv/listings/media"
MAX_MEMBER = 15 * 1024 * 1024
IMAGE_EXT = (".jpg", ".jpeg", ".png", ".webp")


@app.post("/listings/<int:lid>/bulk-photos")
def bulk_photos(lid):
    dest = os.path.join(MEDIA_ROOT, str(lid))
    os.makedirs(dest, exist_ok=True)
    saved = []
    with zipfile.ZipFile(request.files["archive"]) as zf:
        for info in zf.infolist():
            if info.is_dir() or info.file_size > MAX_MEMBER:
                continue
            name = secure_filename(os.path.basename(info.filename))
            if not name.lower().endswith(IMAGE_EXT):
                continue
            with zf.open(info) as src, open(os.path.join(dest, name), "wb") as dst:
                dst.write(src.read(MAX_MEMBER))
            saved.append(name)
    return jsonify(saved=saved)
